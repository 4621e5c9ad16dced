// The verify page's list of latest entries: newest first, each a link to verify it (the one being checked
// marked, not linked), and a link to the whole log.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { LogEntryAnswer } from '../api/types.ts';
import { RecentEntries } from './recent-entries.tsx';

const entry = (index: number, title: string): LogEntryAnswer => ({
  index,
  eventId: `e${index}`,
  type: 'process.created',
  event: { type: 'process.created', data: { id: `p${index}`, title } },
  salt: '',
  leafHash: '',
  committedAt: '2026-11-25T15:00:00.000Z',
});

describe('RecentEntries', () => {
  const html = renderToStaticMarkup(
    createElement(RecentEntries, {
      entries: [entry(26, 'Alpha'), entry(27, 'Beta'), entry(28, 'Gamma')],
      current: 28,
    }),
  );

  test('lists the entries newest first with what each records', () => {
    const order = [...html.matchAll(/data-testid="recent-entry"/g)].length;
    assert.equal(order, 3);
    assert.ok(html.indexOf('Gamma') < html.indexOf('Beta') && html.indexOf('Beta') < html.indexOf('Alpha'));
    assert.match(html, /The creation of process “Beta”/);
  });

  test('links the others to their verification and the whole log, not the entry being checked', () => {
    assert.match(html, /href="\/verify\?index=27"/);
    assert.match(html, /href="\/verify\?index=26"/);
    assert.doesNotMatch(html, /href="\/verify\?index=28"/);
    assert.match(html, /data-current="true"[^>]*><strong>28<\/strong>/);
    assert.match(html, /href="\/log"/);
  });
});
