// The encodings in examples/rules held against the research data they come from
// (../shared/data/plans/guarantee_trigger_rules.json beside the checkout). The figures this test needs from it are
// recorded below, so the test runs without the file; when the file is there, it is read instead, and a change in
// the research that the encodings do not follow fails here.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { evaluateRules } from './evaluate-rules.ts';
import type { Rule } from './rules-file.ts';
import { exampleRules, timeline } from './test-support.ts';

type Source = {
  id: string;
  steps?: { duration_days?: number; day?: number }[];
  precedent_2025?: Record<string, string>;
};

const path = new URL('../../../../../shared/data/plans/guarantee_trigger_rules.json', import.meta.url);
const RECORDED: Source[] = [
  {
    id: 'JCPOA-DRM-36',
    steps: [{ duration_days: 15 }, { duration_days: 15 }, { duration_days: 15 }, { duration_days: 5 }],
  },
  {
    id: 'UNSCR-2231-snapback',
    steps: [{ day: 10 }, { day: 30 }],
    precedent_2025: {
      notification: '2025-08-28 (France, Germany, UK)',
      continuation_vote: '2025-09-19 failed 4-9-2',
      reimposed: '2025-09-27/28',
    },
  },
  { id: 'UA28-10c' },
  { id: 'UA28-10b' },
  { id: 'UA28-10d' },
  { id: 'UA28-27' },
];
const source: Source[] = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')).rules : RECORDED;
const find = (id: string) => source.find((r) => r.id === id);
const encoded: Rule[] = ['jcpoa-dispute', 'unscr-2231', 'us-28-point'].flatMap(
  (n) => exampleRules(`${n}.rules.json`).rules,
);

test('every encoded rule is one of the research rules', () => {
  for (const rule of encoded) assert.ok(find(rule.id), `${rule.id} is not in the research data`);
});

test("the JCPOA path's periods are the research's: 15, 15 (Advisory Board: 15), 5", () => {
  const days = (find('JCPOA-DRM-36')?.steps ?? []).map((s) => s.duration_days);
  const rule = encoded.find((r) => r.id === 'JCPOA-DRM-36');
  const of = (id: string) => rule?.steps.find((s) => s.id === id)?.days;
  assert.deepEqual(
    [of('joint-commission'), of('ministers'), of('advisory-board'), of('opinion-considered')],
    days,
  );
});

test("resolution 2231's days (10 and 30 from the notification) and its 2025 precedent", () => {
  const research = find('UNSCR-2231-snapback');
  const rule = encoded.find((r) => r.id === 'UNSCR-2231-snapback');
  assert.ok(rule && research);
  const fromOpening = rule.steps.filter((s) => s.from === 'opening' && s.id !== 'reimposition-pending');
  assert.deepEqual(
    fromOpening.map((s) => s.days),
    (research.steps ?? []).map((s) => s.day),
  );
  const precedent = research.precedent_2025 ?? {};
  const notified = precedent.notification?.slice(0, 10) ?? '';
  const voted = precedent.continuation_vote?.slice(0, 10) ?? '';
  assert.match(precedent.continuation_vote ?? '', /failed/);
  const rules = { format: 'concord.rules/1' as const, rules: [rule] };
  const t = timeline(rules, [
    { id: 'n', type: 'notification', at: notified, by: ['France', 'Germany', 'United Kingdom'] },
    {
      id: 'v',
      type: 'decision',
      at: voted,
      case: 'UNSCR-2231-snapback#1',
      step: 'council-vote',
      outcome: 'not-adopted',
    },
  ]);
  const back = evaluateRules(rules, t).cases[0]?.changes.at(-1)?.at;
  // The research gives "2025-09-27/28": the 27th in New York's evening is 00:00Z on the 28th.
  assert.equal(precedent.reimposed, '2025-09-27/28');
  assert.equal(back, '2025-09-28T00:00:00.000Z');
});
