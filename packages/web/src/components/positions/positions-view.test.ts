import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PositionMatrix, PositionView } from '@concord/core';
import { citation, emptyForm, formBody, recorder, shownParties, shownRows } from './positions-view.ts';

const position = (
  partyId: string,
  stance: PositionView['stance'],
  fields: Partial<PositionView> = {},
): PositionView => ({
  id: `${partyId}-${stance}`,
  versionId: 'v',
  pointId: 'p',
  lineageId: 'l',
  partyId,
  stance,
  conditions: '',
  rationale: '',
  source: { kind: 'statement', reference: '', url: '' },
  takenOn: '2025-11-23',
  published: false,
  recordedBy: 'party',
  recorderName: null,
  recordedAt: '2025-11-23T12:00:00.000Z',
  logIndex: 1,
  ...fields,
});

const matrix: PositionMatrix = {
  versionId: 'v',
  planId: 'pl',
  processId: 'pr',
  parties: [
    { id: 'ua', name: 'Ukraine' },
    { id: 'ru', name: 'Russia' },
  ],
  points: [
    {
      pointId: 'p6',
      number: '6',
      parentPointId: null,
      text: 'Army cap',
      contested: true,
      cells: [
        {
          partyId: 'ua',
          position: position('ua', 'rejects'),
          resurfaced: {
            rejection: position('ua', 'red-line', { takenOn: '2019-02-07' }),
            versionId: 'v',
            versionLabel: 'US 28-point draft',
            change: 'unchanged',
          },
        },
        { partyId: 'ru', position: position('ru', 'supports'), resurfaced: null },
      ],
    },
    {
      pointId: 'p1',
      number: '1',
      parentPointId: null,
      text: 'Sovereignty',
      contested: false,
      cells: [
        { partyId: 'ua', position: null, resurfaced: null },
        { partyId: 'ru', position: null, resurfaced: null },
      ],
    },
  ],
  mayRecordFor: ['ua'],
  mayPublishFor: [],
};

describe('positions view', () => {
  test('filters: contested points, one party’s column', () => {
    assert.deepEqual(
      shownRows(matrix, { contestedOnly: true, partyId: null }).map((r) => r.number),
      ['6'],
    );
    assert.deepEqual(
      shownRows(matrix, { contestedOnly: false, partyId: 'ru' }).map((r) => r.number),
      ['6', '1'],
    );
    assert.deepEqual(
      shownParties(matrix, { contestedOnly: false, partyId: 'ru' }).map((p) => p.name),
      ['Russia'],
    );
  });

  test('a flag cites the earlier rejection: stance, day, version, how the point came back', () => {
    const flag = matrix.points[0]?.cells[0]?.resurfaced;
    assert.ok(flag);
    assert.equal(citation(flag), 'red line on 7 Feb 2019, on US 28-point draft — back unchanged');
  });

  test('who recorded it, in words', () => {
    assert.equal(recorder(position('ua', 'rejects')), 'recorded by the party’s delegation');
    assert.equal(
      recorder(position('ru', 'supports', { recordedBy: 'mediator', recorderName: 'US team' })),
      'recorded by US team (a mediator)',
    );
  });

  test('the form sends conditions only for a conditional acceptance, and publishes only where allowed', () => {
    const form = { ...emptyForm(matrix, '2025-11-24'), conditions: 'A referendum', published: true };
    assert.equal(form.partyId, 'ua');
    assert.equal(formBody(form, matrix).conditions, '');
    assert.equal(formBody(form, matrix).published, false);
    const conditional = formBody(
      { ...form, stance: 'accepts-with-conditions' },
      { ...matrix, mayPublishFor: ['ua'] },
    );
    assert.equal(conditional.conditions, 'A referendum');
    assert.equal(conditional.published, true);
    assert.deepEqual(conditional.source, { kind: 'statement', reference: '', url: '' });
  });
});
