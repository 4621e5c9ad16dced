import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uuidv7 } from '../ids.ts';
import { PositionInput } from './position.ts';

const base = {
  partyId: uuidv7(),
  stance: 'rejects',
  source: { kind: 'statement', reference: 'Address of 21 November', url: 'https://example.org/a?b=1' },
  takenOn: '2025-11-21',
};
const issues = (body: unknown) =>
  PositionInput.safeParse(body).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('PositionInput', () => {
  test('defaults: private, no conditions, no rationale; a source needs only its kind', () => {
    const parsed = PositionInput.parse({ ...base, source: { kind: 'meeting' } });
    assert.equal(parsed.published, false);
    assert.equal(parsed.conditions, '');
    assert.deepEqual(parsed.source, { kind: 'meeting', reference: '', url: '' });
  });

  test('"accepts with conditions" says which', () => {
    assert.deepEqual(issues({ ...base, stance: 'accepts-with-conditions' }), [
      'conditions: say which conditions the party sets',
    ]);
    assert.deepEqual(issues({ ...base, stance: 'accepts-with-conditions', conditions: 'A referendum' }), []);
  });

  test('refuses an unknown stance or source, a date that does not exist, extra keys', () => {
    assert.equal(issues({ ...base, stance: 'maybe' }).length, 1);
    assert.equal(issues({ ...base, source: { kind: 'rumour' } }).length, 1);
    assert.equal(issues({ ...base, takenOn: '2025-02-30' }).length, 1);
    assert.equal(issues({ ...base, recordedBy: 'mediator' }).length, 1);
  });

  test('a source link is an http(s) address, nothing else', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'ftp://example.org',
      'not a link',
      'https://',
    ])
      assert.deepEqual(
        issues({ ...base, source: { kind: 'leak', url } }),
        ['source.url: must be an http or https address'],
        url,
      );
    assert.ok(issues({ ...base, source: { kind: 'leak', url: 'https://exa\u202emple.org' } }).length > 0);
    assert.deepEqual(issues({ ...base, source: { kind: 'leak', url: 'http://example.org/x' } }), []);
  });
});
