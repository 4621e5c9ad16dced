import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ProofBundleLink } from './proof-bundle-link.tsx';

test('the bundle link downloads the entry’s .tlog-proof and says how to check it offline', () => {
  const html = renderToStaticMarkup(createElement(ProofBundleLink, { index: 42 }));
  assert.match(html, /href="\/api\/log\/entries\/42\/bundle"/);
  assert.match(html, /download="concord-entry-42\.tlog-proof"/);
  assert.match(html, />Download proof bundle</);
  assert.match(html, /<code>concord verify concord-entry-42\.tlog-proof<\/code>/);
});
