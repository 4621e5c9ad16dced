import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConcordEvent, EVENT_TYPES, newEvent } from './events.ts';
import { expandVersionDraft } from './expand-version-draft.ts';
import { uuidv7 } from './ids.ts';
import { VersionCreate } from './schemas/version.ts';

const AT = '2025-11-20T10:00:00.000Z';
const processId = uuidv7();
const created = () =>
  newEvent(
    'process.created',
    { id: processId, title: 'Russia–Ukraine 2025', description: '', createdAt: '2025-11-20T10:00:00.000Z' },
    { actor: 'mediator', at: AT },
  );

describe('ConcordEvent', () => {
  test('is a closed union of the event types', () => {
    assert.deepEqual(EVENT_TYPES.sort(), [
      'acceptability.marked',
      'audience.changed',
      'commitment.created',
      'commitment.removed',
      'commitment.status-set',
      'commitment.tracked',
      'commitment.updated',
      'consultation.recorded',
      'copy.released',
      'council.created',
      'council.member-added',
      'deadline.closed',
      'deadline.moved',
      'deadline.set',
      'fund.allocated',
      'fund.created',
      'fund.disbursed',
      'fund.paid',
      'fund.pledged',
      'guarantee.case-changed',
      'guarantee.finding-recorded',
      'guarantee.notified',
      'guarantee.rules-set',
      'incident.reported',
      'incident.status-changed',
      'key.registered',
      'key.revoked',
      'key.rotated',
      'membership.changed',
      'membership.granted',
      'milestone.recorded',
      'motion.closed',
      'motion.opened',
      'party.created',
      'party.updated',
      'plan.created',
      'plan.updated',
      'point.created',
      'point.removed',
      'point.updated',
      'position.published',
      'position.recorded',
      'process.created',
      'process.updated',
      'report.filed',
      'restriction.recorded',
      'statement.recorded',
      'valuation.recorded',
      'version.created',
      'version.delivered',
      'version.signed',
      'version.updated',
      'version.withdrawn',
      'vote.cast',
    ]);
    const unknown = { ...created(), type: 'process.deleted' };
    assert.equal(ConcordEvent.safeParse(unknown).success, false);
  });

  test('events written before derivation edges, point notes and plan languages still read, with empty defaults', () => {
    const at = '2025-11-20T10:00:00.000Z';
    const base = { v: 1, at, actor: 'operator' } as const;
    const plan = ConcordEvent.parse({
      ...base,
      id: uuidv7(),
      type: 'plan.created',
      data: { id: uuidv7(), processId: uuidv7(), title: 'Framework', mediatorPartyId: null },
    });
    assert.ok(plan.type === 'plan.created');
    assert.deepEqual(plan.data.languages, []);
    const id = uuidv7();
    const point = ConcordEvent.parse({
      ...base,
      id: uuidv7(),
      type: 'point.created',
      data: {
        id,
        versionId: uuidv7(),
        lineageId: id,
        parentPointId: null,
        ordinal: 0,
        number: '1',
        text: { en: 'One.' },
        categories: [],
        quantities: [],
        conditions: [],
      },
    });
    assert.ok(point.type === 'point.created');
    assert.deepEqual([point.data.derivedFrom, point.data.note], [[], '']);
  });

  test('newEvent stamps v1, a UUIDv7 id and a UTC time, and round-trips through JSON', () => {
    const event = created();
    assert.equal(event.v, 1);
    assert.match(event.id, /^[0-9a-f-]{14}7/);
    assert.match(event.at, /Z$/);
    assert.deepEqual(ConcordEvent.parse(JSON.parse(JSON.stringify(event))), event);
  });

  test('refuses extra keys, a wrong envelope version and data of another type', () => {
    const event = created();
    assert.equal(ConcordEvent.safeParse({ ...event, extra: 1 }).success, false);
    assert.equal(ConcordEvent.safeParse({ ...event, v: 2 }).success, false);
    assert.equal(ConcordEvent.safeParse({ ...event, type: 'party.created' }).success, false);
    assert.equal(ConcordEvent.safeParse({ ...event, at: '2025-11-20 10:00' }).success, false);
  });

  test('an update must change something', () => {
    assert.throws(() => newEvent('process.updated', { id: processId, changes: {} }, { actor: 'x', at: AT }));
    const ok = newEvent(
      'process.updated',
      { id: processId, changes: { title: 'New' } },
      { actor: 'x', at: AT },
    );
    assert.equal(ok.data.changes.title, 'New');
  });

  test('acceptability.marked holds one party’s answers per wording; a point with no wording or a wording not named by a version is refused', () => {
    const [versionId, lineageId] = [uuidv7(), uuidv7()];
    const data = { id: uuidv7(), processId, planId: uuidv7(), versionId, partyId: uuidv7() };
    const scope = {
      processId,
      subjectId: data.id,
      audience: { kind: 'parties' as const, partyIds: [data.partyId] },
    };
    const ok = newEvent(
      'acceptability.marked',
      { ...data, points: [{ lineageId, wordings: { [versionId]: true } }] },
      { actor: 'x', at: AT, scope },
    );
    assert.deepEqual(ConcordEvent.parse(JSON.parse(JSON.stringify(ok))), ok);
    assert.throws(() =>
      newEvent(
        'acceptability.marked',
        { ...data, points: [{ lineageId, wordings: {} }] },
        { actor: 'x', at: AT },
      ),
    );
    assert.throws(() =>
      newEvent(
        'acceptability.marked',
        { ...data, points: [{ lineageId, wordings: { 'not-a-version': true } }] },
        { actor: 'x', at: AT },
      ),
    );
  });

  test('version.created refuses a bundle whose commitment names a point outside it', () => {
    const draft = VersionCreate.parse({
      label: '28 points',
      points: [{ text: { en: 'Ceasefire' }, commitments: [{ obligor: 'Russia', action: 'halt fire' }] }],
    });
    const bundle = expandVersionDraft({ planId: uuidv7(), draft });
    assert.ok(newEvent('version.created', bundle, { actor: 'x', at: AT }));
    const broken = { ...bundle, commitments: bundle.commitments.map((c) => ({ ...c, pointId: uuidv7() })) };
    assert.throws(() => newEvent('version.created', broken, { actor: 'x', at: AT }), /outside this version/);
  });
});
