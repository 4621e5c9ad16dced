import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Commitment, Party } from '../api/types.ts';
import { commitmentsByPoint, describeDue, formatDate, partyName } from './commitments.ts';

describe('commitment wording', () => {
  test('due dates and events read as plain words', () => {
    assert.equal(describeDue({ date: '2025-11-27' }), 'by 27 Nov 2025');
    assert.equal(describeDue({ event: 'the agreement is signed' }), 'after the agreement is signed');
    assert.equal(describeDue(null), null);
    assert.equal(describeDue({} as never), null);
  });

  test('dates outside ISO form are shown as given', () => {
    assert.equal(formatDate('2025-13-01'), '2025-13-01');
    assert.equal(formatDate('soon'), 'soon');
    assert.equal(formatDate('2026-01-05T10:00:00Z'), '5 Jan 2026');
  });

  test('party references resolve to names, unknown ones stay as written', () => {
    const parties = [{ id: 'p1', name: 'Ukraine' }] as Party[];
    assert.equal(partyName('p1', parties), 'Ukraine');
    assert.equal(partyName('Russia', parties), 'Russia');
    assert.equal(partyName(null, parties), null);
  });

  test('commitments group by point in order', () => {
    const c = (id: string, pointId: string) => ({ id, pointId }) as Commitment;
    const grouped = commitmentsByPoint([c('a', 'p1'), c('b', 'p2'), c('c', 'p1')]);
    assert.deepEqual(
      grouped.get('p1')?.map((x) => x.id),
      ['a', 'c'],
    );
    assert.equal(grouped.get('p3'), undefined);
  });
});
