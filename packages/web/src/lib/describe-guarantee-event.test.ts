import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeEvent } from './describe-event.ts';

const P = '01a2532c-bbeb-7087-9686-252a9145c464';
const V = '01a2532c-bcad-762a-a7f4-6c6a2a0eb277';

describe('copies and guarantees in words', () => {
  test('a released copy links to its version and never names the recipient', () => {
    const d = describeEvent({
      type: 'copy.released',
      data: { versionId: V, recipient: { partyId: P, accountId: null } },
    });
    assert.equal(d.text, 'a copy of a version released to a recipient, fingerprinted for them');
    assert.equal(d.href, `/versions/${V}`);
    assert.ok(!d.text.includes(P));
  });

  test('each guarantee event says what happened and links to the Guarantees page', () => {
    const href = `/processes/${P}/guarantees`;
    assert.deepEqual(describeEvent({ type: 'guarantee.rules-set', data: { processId: P } }), {
      text: 'the guarantee rules of a process set',
      href,
    });
    assert.deepEqual(describeEvent({ type: 'guarantee.notified', data: { processId: P, by: 'Israel' } }), {
      text: 'a notification under the guarantees by Israel',
      href,
    });
    assert.equal(
      describeEvent({ type: 'guarantee.finding-recorded', data: { processId: P } }).text,
      'a council’s finding entered on a guarantee case',
    );
    assert.deepEqual(
      describeEvent({
        type: 'guarantee.case-changed',
        data: { processId: P, case: 'GAZA-4-17#1', change: { kind: 'defaulted' } },
      }),
      { text: 'guarantee case GAZA-4-17#1 reached a step’s default', href },
    );
  });

  test('missing or hostile fields are described, never a crash, hidden characters shown', () => {
    assert.deepEqual(describeEvent({ type: 'guarantee.case-changed', data: 'x' }), {
      text: 'guarantee case changed',
      href: null,
    });
    assert.match(describeEvent({ type: 'guarantee.notified', data: { by: 'A\u202eB' } }).text, /U\+202E/);
    assert.equal(describeEvent({ type: 'copy.released' }).href, null);
  });
});
