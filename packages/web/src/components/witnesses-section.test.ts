import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { WitnessList } from './witnesses-section.tsx';

const render = (items: Parameters<typeof WitnessList>[0]['items'], size: number) =>
  renderToStaticMarkup(createElement(WitnessList, { items, size }));

describe('witnesses on the log page', () => {
  test('each witness says how far it has witnessed the log, and when', () => {
    const html = render(
      [
        {
          name: 'witness.ukraine.example/concord',
          verifierKey: 'witness.ukraine.example/concord+22087bd5+BH2w',
          registeredAt: '2026-12-07T10:00:00.000Z',
          witnessed: {
            size: 40,
            cosignedAt: '2026-12-07T12:00:00.000Z',
            receivedAt: '2026-12-07T12:00:01.000Z',
          },
        },
        {
          name: 'witness.e3.example/concord',
          verifierKey: 'witness.e3.example/concord+a67caf5a+BMqq',
          registeredAt: '2026-12-07T10:00:00.000Z',
          witnessed: {
            size: 42,
            cosignedAt: '2026-12-07T12:05:00.000Z',
            receivedAt: '2026-12-07T12:05:01.000Z',
          },
        },
        {
          name: 'witness.new.example/w',
          verifierKey: 'k',
          registeredAt: '2026-12-07T10:00:00.000Z',
          witnessed: null,
        },
      ],
      42,
    );
    assert.match(
      html,
      /witness\.ukraine\.example\/concord<\/strong> has witnessed the first 40 of the log’s 42 entries, on/,
    );
    assert.match(html, /the first 42 of the log’s 42 entries \(all of them\), on/);
    assert.match(html, /datetime="2026-12-07T12:05:00.000Z"/i);
    assert.match(
      html,
      /witness\.new\.example\/w<\/strong> <span class="muted">has not witnessed the log yet/,
    );
  });

  test('no witness yet is said plainly', () => {
    assert.match(render([], 3), /No witness has been registered for this log yet/);
  });
});
