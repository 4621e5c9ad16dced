// The projector is a pure mapping; these pin the column mapping without a database.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { newEvent, uuidv7 } from '@concord/core';
import { scenarioEvents, valuationEvent, valuationRecord } from '../fixtures.ts';
import { READ_TABLES } from '../schema.ts';
import { projectionOps } from './index.ts';

/** Events in these tests carry a fixed time: commands take theirs from an injected clock. */
const TEST_AT = '2025-11-20T09:00:00.000Z';

describe('projectionOps', () => {
  const { scenario, batches } = scenarioEvents();
  const all = batches.flat();

  test('every event of the scenario maps to operations on the read tables (and audiences of log entries)', () => {
    for (const [i, event] of all.entries())
      for (const op of projectionOps(event, i))
        assert.ok(
          (READ_TABLES as readonly string[]).includes(op.table) ||
            (op.kind === 'share' && op.table === 'log_entries'),
          `${event.type} → ${op.table}`,
        );
  });

  test('a version arrives as one version row, its points (parents first) and its commitments', () => {
    const created = all.find((e) => e.type === 'version.created');
    assert.ok(created);
    const ops = projectionOps(created, 7);
    assert.deepEqual(
      ops.map((o) => [o.kind, o.table, o.kind === 'insert' ? o.rows.length : 0]),
      [
        ['insert', 'versions', 1],
        ['insert', 'points', 4],
        ['insert', 'commitments', 2],
      ],
    );
    const points = ops[1];
    assert.ok(points?.kind === 'insert');
    assert.equal(points.rows[0]?.log_index, 7);
    assert.equal(points.rows[1]?.text, JSON.stringify(scenario.draft.points[1]?.text));
  });

  test('updates map field names to columns, JSON-encode structured fields, and keep null as SQL NULL', () => {
    const id = uuidv7();
    const [op] = projectionOps(
      newEvent(
        'commitment.updated',
        { id, changes: { due: null, verification: 'UN mission' } },
        { actor: 't', at: TEST_AT },
      ),
      3,
    );
    assert.deepEqual(op, {
      kind: 'update',
      table: 'commitments',
      id,
      set: { due: null, verification: 'UN mission' },
      logIndex: 3,
    });
    const [point] = projectionOps(
      newEvent(
        'point.updated',
        { id, changes: { categories: ['ceasefire'], ordinal: 2 } },
        { actor: 't', at: TEST_AT },
      ),
      4,
    );
    assert.deepEqual(point?.kind === 'update' && point.set, { categories: '["ceasefire"]', ordinal: 2 });
    const [version] = projectionOps(
      newEvent('version.updated', { id, changes: { issuedOn: '2025-12-01' } }, { actor: 't', at: TEST_AT }),
      5,
    );
    assert.deepEqual(version?.kind === 'update' && version.set, { issued_on: '2025-12-01' });
  });

  test('a valuation becomes one upsert keyed by (plan, party), the record kept whole as JSON', () => {
    const record = valuationRecord(scenario, scenario.partyIds.russia);
    assert.deepEqual(projectionOps(valuationEvent(record), 9), [
      {
        kind: 'upsert',
        table: 'valuations',
        row: {
          id: record.id,
          process_id: scenario.processId,
          plan_id: scenario.planId,
          party_id: scenario.partyIds.russia,
          body: JSON.stringify(record),
          audience_kind: 'parties',
          audience_parties: [scenario.partyIds.russia],
          log_index: 9,
        },
        conflict: ['plan_id', 'party_id'],
      },
    ]);
  });
});
