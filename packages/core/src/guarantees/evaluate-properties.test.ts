// Properties over random timelines (a seeded generator, so a failure replays): evaluation is deterministic, its
// answer has the published shape, changes come in time order and never after the clock, and it is monotone in
// time: evaluating to an earlier clock gives exactly the later answer cut at that clock.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateRules } from './evaluate-rules.ts';
import { Evaluation, type GuaranteeCase } from './guarantee-case.ts';
import { readRulesFile } from './read-guarantee-files.ts';
import type { RulesFile } from './rules-file.ts';
import { exampleJson, timeline } from './test-support.ts';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const files = ['unscr-2231.rules.json', 'jcpoa-dispute.rules.json', 'us-28-point.rules.json'];
const extra = [
  {
    id: 'COUNT',
    title: 'three in a week',
    trigger: { on: 'incidents', incidentTypes: ['ceasefire-violation'], count: 3, withinDays: 7 },
    start: { end: 'fired' },
  },
  { id: 'LATE', title: 'overdue', trigger: { on: 'commitment-overdue', days: 3 }, start: { end: 'fired' } },
];
const all = readRulesFile({
  format: 'concord.rules/1',
  rules: [...files.flatMap((f) => (exampleJson(f) as { rules: unknown[] }).rules), ...extra],
});
if (!all.ok) throw new Error(all.message);
const rules: RulesFile = all.value;

const YEAR = Date.parse('2025-01-01T00:00:00Z');
function randomTimeline(random: () => number): unknown[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const when = () =>
    new Date(
      YEAR + Math.floor(random() * 200) * 86_400_000 + Math.floor(random() * 4) * 21_600_000,
    ).toISOString();
  const events: Record<string, unknown>[] = [];
  const incidents: { id: string; at: string }[] = [];
  for (let i = 0; i < 12 + Math.floor(random() * 30); i++) {
    const id = `e${i}`;
    const at = when();
    const kind = random();
    if (kind < 0.15)
      events.push({
        id,
        type: 'notification',
        at,
        by: [pick(['France', 'United States', 'Iran', 'Russia'])],
      });
    else if (kind < 0.4) {
      incidents.push({ id, at });
      const incidentType = pick(['invasion', 'missile-strike', 'ceasefire-violation']);
      const tags = random() < 0.5 ? ['without-cause'] : [];
      const status = pick(['reported', 'verified', 'verified']);
      events.push({
        id,
        type: 'incident',
        at,
        incidentType,
        allegedParty: pick(['Russia', 'Ukraine']),
        area: pick(['Moscow', 'Kharkiv']),
        tags,
        status,
      });
    } else if (kind < 0.5 && incidents.length) {
      const target = pick(incidents);
      const later = new Date(Math.max(Date.parse(at), Date.parse(target.at))).toISOString();
      events.push({
        id,
        type: 'verification',
        at: later,
        incident: target.id,
        status: pick(['verified', 'disputed', 'rejected']),
      });
    } else if (kind < 0.6) {
      events.push({
        id,
        type: 'commitment',
        at,
        commitment: pick(['hostages', 'withdrawal']),
        obligor: 'Hamas',
        dueAt: when(),
        status: pick([0, 1, 3]),
      });
    } else {
      const rule = pick(rules.rules.filter((r) => r.steps.length));
      const step = pick(rule.steps);
      const c = `${rule.id}#${1 + Math.floor(random() * 2)}`;
      const outcomes = Object.keys(step.outcomes);
      if (step.extendable && random() < 0.3)
        events.push({
          id,
          type: 'extension',
          at,
          case: c,
          step: step.id,
          days: 1 + Math.floor(random() * 10),
        });
      else if (outcomes.length)
        events.push({ id, type: 'decision', at, case: c, step: step.id, outcome: pick(outcomes) });
    }
  }
  return events;
}

const cut = (c: GuaranteeCase, clock: string) => c.changes.filter((ch) => ch.at <= clock);

test('deterministic, well-formed, in time order and monotone in time over 150 random timelines', () => {
  const random = mulberry32(20251928);
  let cases = 0;
  for (let run = 0; run < 150; run++) {
    const t = timeline(rules, randomTimeline(random));
    const whole = evaluateRules(rules, t);
    assert.deepEqual(evaluateRules(rules, t), whole, `run ${run}: not deterministic`);
    Evaluation.parse(whole);
    cases += whole.cases.length;
    for (const c of whole.cases) {
      const times = c.changes.map((ch) => ch.at);
      assert.deepEqual(times, [...times].sort(), `run ${run}: ${c.id} changes out of order`);
      assert.equal(c.status === 'closed', c.changes.at(-1)?.kind === 'closed', `run ${run}: ${c.id}`);
    }
    const [early, late] = [YEAR + random() * 220 * 86_400_000, YEAR + random() * 260 * 86_400_000]
      .sort((a, b) => a - b)
      .map((ms) => new Date(Math.floor(ms)).toISOString()) as [string, string];
    const atEarly = evaluateRules(rules, t, { clock: early });
    const atLate = evaluateRules(rules, t, { clock: late });
    for (const c of atEarly.cases)
      for (const ch of c.changes) assert.ok(ch.at <= early, `run ${run}: change after the clock`);
    const expected = atLate.cases.filter((c) => c.openedAt <= early).map((c) => [c.id, cut(c, early)]);
    assert.deepEqual(
      atEarly.cases.map((c) => [c.id, c.changes]),
      expected,
      `run ${run}: ${early} is not ${late} cut`,
    );
    const unplaced = (e: Evaluation, until: string) =>
      e.unplaced.filter((u) => u.at <= until).map((u) => [u.event, u.at]);
    assert.deepEqual(unplaced(atEarly, early), unplaced(atLate, early), `run ${run}: unplaced differ`);
  }
  assert.ok(cases > 150, `the generator must open cases (${cases})`);
});
