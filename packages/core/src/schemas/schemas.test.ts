import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uuidv7 } from '../ids.ts';
import { CommitmentCreate, CommitmentUpdate } from './commitment.ts';
import { LIMITS, Multilingual } from './common.ts';
import { PartyCreate, PartyUpdate } from './party.ts';
import { PlanCreate } from './plan.ts';
import { PointCreate, PointUpdate } from './point.ts';
import { ProcessCreate, ProcessUpdate } from './process.ts';
import { ValuationInput } from './valuation.ts';
import { VersionCreate, VersionUpdate } from './version.ts';

const fails = (result: { success: boolean }) => assert.equal(result.success, false);

describe('create inputs', () => {
  test('fill defaults and trim text', () => {
    assert.deepEqual(ProcessCreate.parse({ title: '  Gaza 2025 ' }), {
      title: 'Gaza 2025',
      description: '',
      audience: { kind: 'public' },
    });
    assert.deepEqual(PartyCreate.parse({ name: 'Qatar', kind: 'intermediary' }), {
      name: 'Qatar',
      kind: 'intermediary',
      aliases: [],
    });
    assert.deepEqual(PlanCreate.parse({ title: '20 points' }), {
      title: '20 points',
      mediatorPartyId: null,
      languages: [],
    });
    assert.deepEqual(CommitmentCreate.parse({ obligor: 'Israel', action: 'withdraw to the yellow line' }), {
      obligor: 'Israel',
      beneficiary: null,
      action: 'withdraw to the yellow line',
      due: null,
      verification: null,
    });
    const point = PointCreate.parse({ text: { en: 'All hostages released within 72 hours.' } });
    assert.equal(point.parentPointId, null);
    assert.deepEqual(point.categories, []);
  });

  test('refuse unknown keys, empty or oversized text, bad kinds and bad ids', () => {
    fails(ProcessCreate.safeParse({ title: 'x', owner: 'me' }));
    fails(ProcessCreate.safeParse({ title: '   ' }));
    fails(ProcessCreate.safeParse({ title: 'x'.repeat(LIMITS.title + 1) }));
    fails(PartyCreate.safeParse({ name: 'X', kind: 'villain' }));
    fails(PartyCreate.safeParse({ name: 'X', kind: 'party', aliases: Array(LIMITS.aliases + 1).fill('a') }));
    fails(PlanCreate.safeParse({ title: 'x', mediatorPartyId: 'not-a-uuid' }));
    fails(CommitmentCreate.safeParse({ obligor: 'X', action: 'y', due: { date: '2025-02-30' } }));
    fails(CommitmentCreate.safeParse({ obligor: 'X', action: 'y', due: { date: '2025-01-01', event: 'z' } }));
    assert.ok(
      CommitmentCreate.safeParse({ obligor: 'X', action: 'y', due: { event: 'signing + 100 days' } }).success,
    );
  });

  test('a multilingual text needs at least one language and valid language tags', () => {
    fails(Multilingual.safeParse({}));
    fails(Multilingual.safeParse({ English: 'x' }));
    fails(Multilingual.safeParse({ en: '' }));
    assert.ok(Multilingual.safeParse({ en: 'x', uk: 'х', 'pt-BR': 'x', ar: 'س' }).success);
    fails(
      Multilingual.safeParse(
        Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`l${'abcdefghijklmnopqrstu'[i]}`, 'x'])),
      ),
    );
  });

  test('quantities need finite numbers and units; conditions need both halves', () => {
    const base = { text: { en: 'cap' } };
    assert.ok(
      PointCreate.safeParse({ ...base, quantities: [{ value: 6e5, unit: 'personnel', text: '600,000' }] })
        .success,
    );
    fails(
      PointCreate.safeParse({
        ...base,
        quantities: [{ value: Number.POSITIVE_INFINITY, unit: 'x', text: '' }],
      }),
    );
    fails(PointCreate.safeParse({ ...base, quantities: [{ value: 1, unit: '', text: '' }] }));
    fails(PointCreate.safeParse({ ...base, conditions: [{ if: 'Russia invades' }] }));
  });
});

describe('update inputs', () => {
  test('must change something and only known fields', () => {
    fails(ProcessUpdate.safeParse({}));
    fails(ProcessUpdate.safeParse({ title: undefined }));
    fails(ProcessUpdate.safeParse({ createdAt: '2025-01-01T00:00:00.000Z' }));
    assert.deepEqual(ProcessUpdate.parse({ description: 'new' }), { description: 'new' });
    fails(PartyUpdate.safeParse({ processId: uuidv7() }));
    fails(PointUpdate.safeParse({ versionId: uuidv7() }));
    assert.ok(VersionUpdate.safeParse({ status: 'final' }).success);
    fails(VersionUpdate.safeParse({ status: 'signed' }));
    assert.deepEqual(CommitmentUpdate.parse({ due: null }), { due: null });
  });
});

describe('VersionCreate', () => {
  test('accepts nested points with lineage, sub-points and commitments', () => {
    const lineageId = uuidv7();
    const v = VersionCreate.parse({
      label: 'Geneva 19',
      parentVersionId: uuidv7(),
      issuedOn: '2025-11-23',
      points: [
        {
          lineageId,
          number: '6',
          text: { en: 'Army capped at 800,000.' },
          points: [{ text: { en: 'In peacetime.' }, points: [{ text: { en: 'Reviewed yearly.' } }] }],
          commitments: [{ obligor: 'Ukraine', action: 'cap' }],
        },
      ],
    });
    assert.equal(v.status, 'draft');
    assert.equal(v.points[0]?.lineageId, lineageId);
    assert.equal(v.points[0]?.commitments?.[0]?.beneficiary, null);
  });

  test('refuses nesting deeper than the limit, too many points, and bad dates', () => {
    let deep: Record<string, unknown> = { text: { en: 'x' } };
    for (let i = 0; i < LIMITS.pointDepth; i++) deep = { text: { en: 'x' }, points: [deep] };
    fails(VersionCreate.safeParse({ label: 'v', points: [deep] }));
    const many = Array.from({ length: 40 }, () => ({
      text: { en: 'x' },
      points: Array.from({ length: 30 }, () => ({ text: { en: 'y' } })),
    }));
    const result = VersionCreate.safeParse({ label: 'v', points: many });
    assert.equal(result.success, false);
    assert.match(JSON.stringify(result.error?.issues), /at most 1000 points/);
    fails(VersionCreate.safeParse({ label: 'v', issuedOn: '20 Nov 2025' }));
  });

  test('a 10,000-deep hostile body is refused without exhausting the stack', () => {
    let deep: Record<string, unknown> = { text: { en: 'x' } };
    for (let i = 0; i < 10_000; i++) deep = { text: { en: 'x' }, points: [deep] };
    fails(VersionCreate.safeParse({ label: 'v', points: [deep] }));
  });
});

describe('valuation input', () => {
  const lineageId = uuidv7();
  const versionId = uuidv7();
  test('accepts weights, values in [0, 1] per version and a reservation', () => {
    const v = ValuationInput.parse({
      reservation: 0.45,
      points: [{ lineageId, weight: 2, values: { [versionId]: 0.3 } }],
    });
    assert.equal(v.note, '');
  });
  test('refuses values or reservations outside [0, 1], a point valued twice and all-zero weights', () => {
    const bad = [
      { reservation: 1.2, points: [] },
      { reservation: 0.5, points: [{ lineageId, weight: 1, values: { [versionId]: -0.1 } }] },
      { reservation: 0.5, points: [{ lineageId, weight: -1, values: {} }] },
      {
        reservation: 0.5,
        points: [
          { lineageId, weight: 1, values: {} },
          { lineageId, weight: 1, values: {} },
        ],
      },
      { reservation: 0.5, points: [{ lineageId, weight: 0, values: {} }] },
      { reservation: 0.5, points: [{ lineageId: 'x', weight: 1, values: {} }] },
      { reservation: 0.5, points: [], extra: true },
    ];
    for (const input of bad)
      assert.equal(ValuationInput.safeParse(input).success, false, JSON.stringify(input));
  });
});
