import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { EntryRow } from './log-page.tsx';

const render = (entry: Parameters<typeof EntryRow>[0]['entry']) =>
  renderToStaticMarkup(
    createElement('table', null, createElement('tbody', null, createElement(EntryRow, { entry }))),
  );

describe('log register rows', () => {
  test('a confidential entry shows as such with its leaf hash, and links to its verification', () => {
    const html = render({
      index: 41,
      confidential: true,
      eventId: null,
      type: null,
      event: null,
      canonical: null,
      salt: null,
      leafHash: 'q1w2e3r4t5y6u7i8o9p0AAAAAAAAAAAAAAAAAAAAAAA=',
      committedAt: '2026-11-25T15:00:00.000Z',
    });
    assert.match(html, /data-confidential="true"/);
    assert.match(html, /Confidential entry \(about something not shared with you\)/);
    assert.match(html, /q1w2e3r4t5y6u7i8o9p0AAAAAAAAAAAAAAAAAAAAAAA=/);
    assert.match(html, /href="\/verify\?index=41"/);
    assert.match(html, /not shared/);
  });

  test('a readable entry shows what it records and its type', () => {
    const html = render({
      index: 3,
      confidential: false,
      eventId: 'e3',
      type: 'plan.created',
      event: { type: 'plan.created', data: { id: 'pl', title: '28-point plan' } },
      salt: 'AA==',
      leafHash: 'BB==',
      committedAt: '2026-11-25T15:00:00.000Z',
    });
    assert.match(html, /data-confidential="false"/);
    assert.match(html, /the creation of plan “28-point plan”/);
    assert.match(html, /<code>plan.created<\/code>/);
    assert.doesNotMatch(html, /Confidential/);
    assert.doesNotMatch(html, /dated/, 'no event time given: only the commit time');
  });

  test('a readable entry says who did what to which object of which process, then the details', () => {
    const html = render({
      index: 9,
      confidential: false,
      eventId: 'e9',
      type: 'point.updated',
      event: { type: 'point.updated', data: { id: 'pt', changes: { text: { en: 'x' } } } },
      salt: 'AA==',
      leafHash: 'BB==',
      committedAt: '2026-11-25T15:00:00.000Z',
      summary: 'US mediation amended point 4 of “December framework” in “Russia–Ukraine”',
    });
    assert.match(
      html,
      /<span data-testid="entry-summary">US mediation amended point 4 of “December framework” in “Russia–Ukraine”<\/span>/,
    );
    assert.match(html, /25 Nov 2026/);
  });

  test('an entry recorded after the day it happened shows both dates; the same day shows one', () => {
    const entry = (at: string) => ({
      index: 4,
      confidential: false as const,
      eventId: 'e4',
      type: 'version.created',
      event: { type: 'version.created', at, data: { version: { label: 'US 28-point draft' }, points: [] } },
      salt: 'AA==',
      leafHash: 'BB==',
      committedAt: '2026-11-25T15:00:00.000Z',
    });
    const history = render(entry('2025-11-15T12:00:00.000Z'));
    assert.match(history, /dated <time dateTime="2025-11-15T12:00:00.000Z">15 Nov 2025/);
    assert.doesNotMatch(render(entry('2026-11-25T09:00:00.000Z')), /dated/);
  });
});
