import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DecisionRule } from '../schemas/council.ts';
import { describeRule } from './describe-rule.ts';

const CHAIR = { id: '00000000-0000-7000-8000-000000000001', name: 'Donald J. Trump, Chairman' };

test("the Board of Peace's rule reads as the charter says it", () => {
  const rule = DecisionRule.parse({ kind: 'majority-with-chair-approval' });
  const words = describeRule(rule, [CHAIR]).join(' ');
  assert.match(words, /majority that includes the chair's vote for/);
  assert.match(words, /at least 1\/2 of the voting seats/);
  assert.match(words, /Observers .* do not vote/);
});

test('vetoes name their holders; a qualified majority names its threshold', () => {
  const rule = DecisionRule.parse({
    kind: 'qualified-majority',
    threshold: { numerator: 2, denominator: 3 },
    vetoHolders: [CHAIR.id],
    abstentions: 'counted',
    quorum: { numerator: 0, denominator: 1 },
  });
  const words = describeRule(rule, [CHAIR]).join(' ');
  assert.match(words, /at least 2\/3 of the votes counted/);
  assert.match(words, /A vote against by Donald J. Trump, Chairman defeats a motion/);
  assert.match(words, /abstentions count as votes not for/);
  assert.match(words, /There is no quorum/);
});
