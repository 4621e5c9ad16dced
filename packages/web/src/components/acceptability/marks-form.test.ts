import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { OwnAcceptability } from '@concord/core';
import { acceptNone, initialMarks, marksBody, toggle, unmark } from './marks-form.ts';

const wording = (key: string, inDraft = false) => ({
  key,
  label: key,
  text: `text ${key}`,
  kind: 'variant' as const,
  versionIds: [key],
  versionLabels: [key],
  inDraft,
});

const own: OwnAcceptability = {
  versionId: 'v28',
  partyId: 'ua',
  partyName: 'Ukraine',
  open: true,
  points: [
    {
      lineageId: 'cap',
      name: 'Point 6',
      number: '6',
      title: 'Army cap',
      inTarget: true,
      wordings: [wording('v28', true), wording('e3')],
      accepted: ['e3'],
      marked: true,
    },
    {
      lineageId: 'nato',
      name: 'Point 7',
      number: '7',
      title: 'NATO',
      inTarget: true,
      wordings: [wording('v28', true), wording('e3')],
      accepted: [],
      marked: false,
    },
  ],
};

describe('the marking form', () => {
  test('starts from the saved marks and sends every wording of each marked point, unmarked points left out', () => {
    const form = initialMarks(own);
    assert.deepEqual(marksBody(own, form), {
      points: [{ lineageId: 'cap', wordings: { v28: false, e3: true } }],
    });
  });

  test('ticking marks a point; "none" marks it with nothing acceptable; unmarking leaves it out again', () => {
    let form = toggle(initialMarks(own), 'nato', 'v28');
    assert.deepEqual(marksBody(own, form).points[1], {
      lineageId: 'nato',
      wordings: { v28: true, e3: false },
    });
    form = toggle(form, 'nato', 'v28');
    assert.deepEqual(marksBody(own, form).points[1], {
      lineageId: 'nato',
      wordings: { v28: false, e3: false },
    });
    form = acceptNone(toggle(form, 'cap', 'v28'), 'cap');
    assert.deepEqual(marksBody(own, form).points[0], {
      lineageId: 'cap',
      wordings: { v28: false, e3: false },
    });
    form = unmark(form, 'cap');
    assert.deepEqual(
      marksBody(own, form).points.map((p) => p.lineageId),
      ['nato'],
    );
  });
});
