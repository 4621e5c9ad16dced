// The tracking read tables: tracked commitments read back with their due rule, weight, parent, indicators and
// statuses (who, when, evidence hashes), milestones by time, all scoped in SQL through the commitment's version
// and the process; one tracking per commitment and one milestone per key enforced by the database; rebuilt from
// the log exactly.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  type Audience,
  type EventScope,
  expandVersionDraft,
  newEvent,
  PROCESS,
  PUBLIC,
  uuidv7,
  VersionCreate,
} from '@concord/core';
import { loadScenario, type Scenario } from '../fixtures.ts';
import type { Store } from '../store.ts';
import { databaseTargets } from '../testing.ts';

const AT = '2026-02-19T10:00:00.000Z';
const HASH = 'a'.repeat(64);

function hiddenVersion(s: Scenario) {
  const bundle = expandVersionDraft({
    planId: s.planId,
    draft: VersionCreate.parse({
      label: 'Side letter',
      status: 'final',
      points: [
        { text: { en: 'Kept between the parties.' }, commitments: [{ obligor: 'Russia', action: 'x' }] },
      ],
    }),
  });
  return { bundle };
}

const tracked = (s: Scenario, commitmentId: string, versionId: string, parentId: string | null = null) => ({
  commitmentId,
  versionId,
  processId: s.processId,
  due: { kind: 'after' as const, milestone: 'signature', days: 100, hours: 0 },
  weight: 2,
  parentId,
  indicators: ['forces counted by the monitors'],
});

for (const target of databaseTargets()) {
  describe(`commitment tracking on ${target.name}`, () => {
    let store: Store;
    let s: Scenario;
    let cap: string;
    let snapback: string;
    let hidden: ReturnType<typeof hiddenVersion>;
    const on = (audience: Audience, subjectId: string): { actor: string; at: string; scope: EventScope } => ({
      actor: 'operator',
      at: AT,
      scope: { processId: s.processId, subjectId, audience },
    });
    before(async () => {
      store = await target.open();
      s = await loadScenario(store);
      cap = s.draft.commitments[0]?.id as string;
      snapback = s.draft.commitments[1]?.id as string;
      hidden = hiddenVersion(s);
      const v = s.draft.version.id;
      const status = (commitmentId: string, score: number, day: string) => ({
        id: uuidv7(),
        commitmentId,
        score,
        on: day,
        reason: `score ${score}`,
        evidence:
          score === 2 ? [{ sha256: HASH, name: 'report.pdf', size: 1234, type: 'application/pdf' }] : [],
      });
      await store.transact(async (tx) => {
        await tx.appendEvent(
          newEvent('version.created', hidden.bundle, on(PROCESS, hidden.bundle.version.id)),
        );
        await tx.appendEvent(newEvent('commitment.tracked', tracked(s, cap, v), on(PUBLIC, v)));
        await tx.appendEvent(newEvent('commitment.tracked', tracked(s, snapback, v, cap), on(PUBLIC, v)));
        const secret = hidden.bundle.commitments[0]?.id as string;
        await tx.appendEvent(
          newEvent('commitment.tracked', tracked(s, secret, hidden.bundle.version.id), {
            ...on(PROCESS, hidden.bundle.version.id),
          }),
        );
        await tx.appendEvent(newEvent('commitment.status-set', status(cap, 1, '2026-01-10'), on(PUBLIC, v)));
        await tx.appendEvent(newEvent('commitment.status-set', status(cap, 2, '2026-02-01'), on(PUBLIC, v)));
        const milestone = (key: string, occurredAt: string) => ({
          id: uuidv7(),
          processId: s.processId,
          key,
          label: key,
          occurredAt,
          note: '',
        });
        await tx.appendEvent(
          newEvent(
            'milestone.recorded',
            milestone('signature', '2026-01-05T12:00:00.000Z'),
            on(PUBLIC, s.processId),
          ),
        );
        await tx.appendEvent(
          newEvent(
            'milestone.recorded',
            milestone('acceptance', '2026-01-01T12:00:00.000Z'),
            on(PUBLIC, s.processId),
          ),
        );
      });
    });
    after(() => store.close());

    test('a tracked commitment reads back with its words, tracking and statuses, oldest first', async () => {
      const t = await store.tracking.get(cap);
      assert.ok(t);
      assert.deepEqual(t.due, { kind: 'after', milestone: 'signature', days: 100, hours: 0 });
      assert.equal(t.weight, 2);
      assert.equal(t.obligor, s.partyIds.ukraine);
      assert.equal(t.action, 'cap its forces');
      assert.deepEqual(t.indicators, ['forces counted by the monitors']);
      assert.deepEqual(
        t.statuses.map((x) => [x.score, x.on, x.actor, x.setAt]),
        [
          [1, '2026-01-10', 'operator', AT],
          [2, '2026-02-01', 'operator', AT],
        ],
      );
      assert.deepEqual(t.statuses[1]?.evidence, [
        { sha256: HASH, name: 'report.pdf', size: 1234, type: 'application/pdf' },
      ]);
      assert.equal((await store.tracking.get(snapback))?.parentId, cap);
      assert.equal(await store.tracking.get('not-a-uuid'), null);
    });

    test('milestones read by the time they occurred', async () => {
      assert.deepEqual(
        (await store.tracking.milestones(s.processId)).map((m) => m.key),
        ['acceptance', 'signature'],
      );
    });

    test('the public reads what its version shows, not a commitment of a version kept to the process', async () => {
      const publicly = await store.readAs(null).tracking.listByProcess(s.processId);
      assert.deepEqual(
        publicly.map((t) => t.commitmentId),
        [cap, snapback],
      );
      assert.equal((await store.tracking.listByProcess(s.processId)).length, 3);
    });

    test('a second tracking of a commitment, or a second milestone with the same key, fails and writes nothing', async () => {
      const size = await store.log.size();
      const v = s.draft.version.id;
      await assert.rejects(
        store.transact((tx) =>
          tx.appendEvent(newEvent('commitment.tracked', tracked(s, cap, v), on(PUBLIC, v))),
        ),
      );
      const again = {
        id: uuidv7(),
        processId: s.processId,
        key: 'signature',
        label: 'x',
        occurredAt: AT,
        note: '',
      };
      await assert.rejects(
        store.transact((tx) =>
          tx.appendEvent(newEvent('milestone.recorded', again, on(PUBLIC, s.processId))),
        ),
      );
      assert.equal(await store.log.size(), size);
    });

    test('the tracking tables rebuild from the log exactly', async () => {
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
    });
  });
}
