// The monitoring read tables: incidents read back as logged with their status and every verification move (who,
// when, why), restrictions and reports; scoped through the process; a move on an unknown incident fails and
// writes nothing; rebuilt from the log exactly. Both stores.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type EventScope, newEvent, PROCESS, uuidv7 } from '@concord/core';
import { IncidentInput, ReportInput, RestrictionInput } from '@concord/core/monitoring';
import { loadScenario, type Scenario } from '../fixtures.ts';
import type { Store } from '../store.ts';
import { databaseTargets } from '../testing.ts';

const AT = '2026-02-19T10:00:00.000Z';
const place = { name: 'Rafah', admin1: 'Gaza Strip', latitude: 31.2969, longitude: 34.2455 };
const incident = (eventDate: string) =>
  IncidentInput.parse({
    eventDate,
    eventType: 'Battles',
    subEventType: 'Armed clash',
    actor1: 'Hamas Movement',
    location: place,
    ceasefire: { weapon: 'small arms', count: 30, observedAs: 'heard' },
  });

for (const target of databaseTargets()) {
  describe(`monitoring on ${target.name}`, () => {
    let store: Store;
    let s: Scenario;
    const early = uuidv7();
    const late = uuidv7();
    const on = (subjectId: string, actor = 'operator'): { actor: string; at: string; scope: EventScope } => ({
      actor,
      at: AT,
      scope: { processId: s.processId, subjectId, audience: PROCESS },
    });
    before(async () => {
      store = await target.open();
      s = await loadScenario(store);
      const { processId } = s;
      await store.transact(async (tx) => {
        await tx.appendEvent(
          newEvent('incident.reported', { id: late, processId, incident: incident('2025-10-21') }, on(late)),
        );
        await tx.appendEvent(
          newEvent(
            'incident.reported',
            { id: early, processId, incident: incident('2025-10-19') },
            on(early),
          ),
        );
        const move = (from: string, to: string, reason: string) =>
          newEvent(
            'incident.status-changed',
            { id: uuidv7(), incidentId: early, from, to, reason } as never,
            on(early, 'monitor-1'),
          );
        await tx.appendEvent(move('reported', 'corroborated', 'two witnesses'));
        await tx.appendEvent(move('corroborated', 'verified', 'crater analysis'));
        const restriction = RestrictionInput.parse({
          date: '2025-10-22',
          kind: 'denied',
          by: 'Checkpoint',
          location: place,
        });
        const id = uuidv7();
        await tx.appendEvent(newEvent('restriction.recorded', { id, processId, restriction }, on(id)));
        const report = ReportInput.parse({ from: '2025-10-13', to: '2025-10-19', summary: 'Week one.' });
        const reportId = uuidv7();
        await tx.appendEvent(newEvent('report.filed', { id: reportId, processId, report }, on(reportId)));
      });
    });
    after(() => store.close());

    test('incidents by event date, each with its status and moves (who, when, why)', async () => {
      const read = await store.monitoring.incidents(s.processId);
      assert.deepEqual(
        read.map((i) => [i.id, i.status, i.incident.eventDate]),
        [
          [early, 'verified', '2025-10-19'],
          [late, 'reported', '2025-10-21'],
        ],
      );
      assert.deepEqual(read[0]?.changes, [
        { from: 'reported', to: 'corroborated', reason: 'two witnesses', by: 'monitor-1', at: AT },
        { from: 'corroborated', to: 'verified', reason: 'crater analysis', by: 'monitor-1', at: AT },
      ]);
      assert.deepEqual(read[0]?.incident, incident('2025-10-19'));
      assert.equal((await store.monitoring.incident(late))?.reportedBy, 'operator');
      assert.equal(await store.monitoring.incident('not-a-uuid'), null);
    });

    test('restrictions and reports read back as logged', async () => {
      const [restriction] = await store.monitoring.restrictions(s.processId);
      assert.equal(restriction?.restriction.kind, 'denied');
      const [report] = await store.monitoring.reports(s.processId);
      assert.deepEqual(
        [report?.report.from, report?.report.summary, report?.filedAt],
        ['2025-10-13', 'Week one.', AT],
      );
    });

    test("the public reads a public process's incidents, and none of a process kept to its members", async () => {
      const outside = store.readAs(null);
      assert.equal((await outside.monitoring.incidents(s.processId)).length, 2);
      const closed = uuidv7();
      const hidden = uuidv7();
      const scope = { processId: closed, subjectId: closed, audience: PROCESS };
      await store.transact(async (tx) => {
        const data = { id: closed, title: 'Closed talks', description: '', createdAt: AT };
        await tx.appendEvent(newEvent('process.created', data, { actor: 'operator', at: AT, scope }));
        const reported = { id: hidden, processId: closed, incident: incident('2025-10-20') };
        await tx.appendEvent(newEvent('incident.reported', reported, { actor: 'operator', at: AT, scope }));
      });
      assert.equal(await outside.processes.get(closed), null);
      assert.deepEqual(await outside.monitoring.incidents(closed), []);
      assert.equal(await outside.monitoring.incident(hidden), null);
      assert.equal((await store.monitoring.incident(hidden))?.id, hidden);
    });

    test('a move on an incident that does not exist fails and writes nothing', async () => {
      const size = await store.log.size();
      const ghost = uuidv7();
      const move = {
        id: uuidv7(),
        incidentId: ghost,
        from: 'reported',
        to: 'verified',
        reason: 'x',
      } as const;
      await assert.rejects(
        store.transact((tx) => tx.appendEvent(newEvent('incident.status-changed', move, on(ghost)))),
      );
      assert.equal(await store.log.size(), size);
    });

    test('the monitoring tables rebuild from the log exactly', async () => {
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
    });
  });
}
