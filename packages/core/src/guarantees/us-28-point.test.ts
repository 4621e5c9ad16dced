// The 28-point draft's conditional guarantees: they act on verified incidents only, at the moment of verification.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateRules } from './evaluate-rules.ts';
import { readTimelineFile } from './read-guarantee-files.ts';
import { exampleJson, exampleRules, steps, timeline } from './test-support.ts';

const rules = exampleRules('us-28-point.rules.json');
type Incident = {
  id: string;
  at: string;
  incidentType: string;
  allegedParty: string;
  area?: string;
  tags?: string[];
  status?: string;
};
const incident = (i: Incident) => ({ type: 'incident', ...i });
const verify = (id: string, incidentId: string, at: string, status = 'verified') => ({
  id,
  type: 'verification',
  at,
  incident: incidentId,
  status,
  by: 'Peace Council',
});
const run = (...events: unknown[]) => evaluateRules(rules, timeline(rules, events));

describe('US 28-point draft guarantees', () => {
  test('a Russian invasion, once verified, reinstates sanctions and revokes recognition and benefits at once', () => {
    const result = run(
      incident({
        id: 'crossing',
        at: '2026-03-01T04:00:00Z',
        incidentType: 'invasion',
        allegedParty: 'Russia',
        area: 'Kharkiv',
      }),
      verify('confirmed', 'crossing', '2026-03-03T12:00:00Z'),
    );
    assert.equal(result.cases.length, 1);
    assert.deepEqual(steps(result.cases[0]), [
      '2026-03-03T12:00:00.000Z opened crossing',
      '2026-03-03T12:00:00.000Z consequence military-response',
      '2026-03-03T12:00:00.000Z consequence sanctions-reinstated',
      '2026-03-03T12:00:00.000Z consequence recognition-revoked',
      '2026-03-03T12:00:00.000Z consequence benefits-revoked',
      '2026-03-03T12:00:00.000Z closed guarantee-enforced',
    ]);
    assert.equal(result.cases[0]?.rule, 'UA28-10c');
  });

  test('reported, disputed or rejected incidents open nothing', () => {
    const result = run(
      incident({ id: 'claim', at: '2026-03-01', incidentType: 'invasion', allegedParty: 'Russia' }),
      verify('looked-at', 'claim', '2026-03-02', 'corroborated'),
      verify('contested', 'claim', '2026-03-04', 'disputed'),
    );
    assert.deepEqual(result.cases, []);
  });

  test('a Ukrainian strike on Moscow without cause voids the guarantee; with cause, or elsewhere, it does not', () => {
    const strike = (id: string, area: string, tags: string[]) =>
      incident({
        id,
        at: '2026-05-10',
        incidentType: 'missile-strike',
        allegedParty: 'Ukraine',
        area,
        tags,
        status: 'verified',
      });
    const result = run(
      strike('after-attack', 'Moscow', []),
      strike('belgorod', 'Belgorod', ['without-cause']),
      strike('unprovoked', 'Moscow', ['without-cause']),
    );
    assert.deepEqual(
      result.cases.map((c) => [c.rule, c.outcome, c.changes[0]?.kind === 'opened' && c.changes[0].cause]),
      [['UA28-10d', 'guarantee-void', ['unprovoked']]],
    );
  });

  test('any violation waits for the Peace Council, however long: no deadline, no default', () => {
    const violation = incident({
      id: 'shelling',
      at: '2026-06-01',
      incidentType: 'ceasefire-violation',
      allegedParty: 'Russia',
      status: 'verified',
    });
    const open = run(violation).cases[0];
    assert.deepEqual(open?.pending, { step: 'peace-council-finding', deadline: null });
    const found = {
      id: 'finding',
      type: 'decision',
      at: '2027-01-15',
      case: 'UA28-27#1',
      step: 'peace-council-finding',
      outcome: 'violation-found',
    };
    assert.deepEqual(steps(run(violation, found).cases[0]).slice(-3), [
      '2027-01-15T00:00:00.000Z decided peace-council-finding violation-found',
      '2027-01-15T00:00:00.000Z consequence sanctions-reinstated',
      '2027-01-15T00:00:00.000Z closed sanctioned',
    ]);
  });

  test('the shipped hypothetical year: two cases closed, the disputed strike opens none', () => {
    const read = readTimelineFile(exampleJson('us-28-point-hypothetical.events.json'), rules);
    assert.ok(read.ok, read.ok ? '' : read.message);
    const result = evaluateRules(rules, read.value);
    assert.deepEqual(
      result.cases.map((c) => [c.id, c.openedAt, c.outcome, c.changes.at(-1)?.at]),
      [
        ['UA28-10c#1', '2026-03-03T12:00:00.000Z', 'guarantee-enforced', '2026-03-03T12:00:00.000Z'],
        ['UA28-27#1', '2026-04-02T00:00:00.000Z', 'sanctioned', '2026-04-20T00:00:00.000Z'],
      ],
    );
    assert.deepEqual(result.unplaced, []);
  });
});
