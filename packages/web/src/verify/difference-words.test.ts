import assert from 'node:assert/strict';
import { test } from 'node:test';
import { differenceWords } from './difference-words.ts';

test('each difference names the point and quotes both texts', () => {
  const text = differenceWords({
    kind: 'text',
    pointId: 'p',
    number: '1',
    lang: 'en',
    log: 'Ukraine’s sovereignty is confirmed.',
    page: 'Ukraine is NOT a sovereign state',
  });
  assert.equal(
    text,
    'Point 1 (en): the page shows “Ukraine is NOT a sovereign state”; the log records “Ukraine’s sovereignty is confirmed.”.',
  );
  assert.match(
    differenceWords({ kind: 'text', pointId: 'p', number: '3', lang: 'uk', log: null, page: 'x' }),
    /Point 3 \(uk\).*no text/,
  );
  assert.match(
    differenceWords({ kind: 'not-in-log', pointId: 'p', number: '7' }),
    /^Point 7 is on the page but no verified entry/,
  );
  assert.match(
    differenceWords({ kind: 'not-on-page', pointId: 'p', number: '9' }),
    /^Point 9 is in the log but not on the page/,
  );
  assert.match(
    differenceWords({ kind: 'number', pointId: 'p', number: '4', log: '5', page: '4' }),
    /numbered 4 on the page is numbered 5 in the log/,
  );
  assert.match(differenceWords({ kind: 'label', log: 'December', page: 'Forged' }), /“Forged”.*“December”/);
});
