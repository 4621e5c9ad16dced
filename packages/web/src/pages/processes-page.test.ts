// A process card's date is when the process entered this log (for the demo, the day it was loaded); beside
// 2025 events a bare "recorded <date>" read as a wrong date of the process itself.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ProcessCard } from './processes-page.tsx';

describe('ProcessCard', () => {
  test('names the creation date as the day the process was added to this log', () => {
    const html = renderToStaticMarkup(
      createElement(ProcessCard, {
        process: {
          id: 'p1',
          title: 'Russia–Ukraine 2025',
          description: 'Talks of late 2025.',
          createdAt: '2026-11-25T15:00:00.000Z',
          audience: { kind: 'public' },
          logIndex: 0,
        },
      }),
    );
    assert.match(html, /added to this log 25 Nov 2026/);
    assert.match(html, /data-testid="audience-badge" data-audience="public">Public</);
    assert.doesNotMatch(html, /recorded/);
  });
});
