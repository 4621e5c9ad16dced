// The version verification as the reader sees it: green only for a page the log backs; red, naming the point and
// quoting both texts, when the page shows what the replay does not hold.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { LogEntryAnswer } from '../api/types.ts';
import type { VersionView } from '../lib/people-types.ts';
import type { VersionVerification } from '../verify/verify-version.ts';
import { VersionChecks } from './verify-version-page.tsx';

const version = { id: 'v1', label: 'December framework' } as VersionView;
const entry = (index: number, type: string, summary: string): LogEntryAnswer => ({
  index,
  confidential: false,
  eventId: `e${index}`,
  type,
  event: { type },
  salt: 'AA==',
  leafHash: 'BB==',
  committedAt: '2025-12-10T10:00:00.000Z',
  summary,
});
const ok = { ok: true, checks: [], summary: 'fine', signed: null, confidential: false };
const render = (result: VersionVerification) =>
  renderToStaticMarkup(createElement(VersionChecks, { version, result }));

describe('the version verification page', () => {
  test('a page the log backs: green, every entry listed with its words and a link to its own check', () => {
    const html = render({
      ok: true,
      entries: [
        {
          entry: entry(4, 'version.created', 'US mediation created version “December framework”'),
          verification: ok,
        },
        {
          entry: entry(9, 'point.updated', 'Someone amended point 1 of “December framework”'),
          verification: ok,
        },
      ],
      differences: [],
      problems: [],
      notes: [],
    });
    assert.match(html, /data-testid="version-verify" data-ok="true"/);
    assert.match(html, /class="verdict ok"/);
    assert.match(html, /2 entries verified and replayed/);
    assert.match(html, /href="\/verify\?index=9"/);
    assert.match(html, /Someone amended point 1 of “December framework”/);
    assert.match(html, /Not compared: categories/);
  });

  test('the issue’s case: the page shows text the log does not hold — red, point 1 named, both texts quoted', () => {
    const html = render({
      ok: false,
      entries: [{ entry: entry(4, 'version.created', 'created'), verification: ok }],
      differences: [
        {
          kind: 'text',
          pointId: 'p1',
          number: '1',
          lang: 'en',
          log: 'Ukraine’s sovereignty is confirmed.',
          page: 'Ukraine is NOT a sovereign state',
        },
      ],
      problems: [
        'The page says 1 point was last changed by entries the log did not list for this version (9).',
      ],
      notes: [],
    });
    assert.match(html, /data-testid="version-verify" data-ok="false"/);
    assert.match(html, /class="verdict bad"/);
    assert.match(html, /✗ Not verified/);
    assert.match(
      html,
      /Point 1 \(en\): the page shows “Ukraine is NOT a sovereign state”; the log records “Ukraine’s sovereignty is confirmed\.”/,
    );
    assert.match(html, /data-testid="coverage-problem"[^>]*>The page says 1 point was last changed/);
    assert.doesNotMatch(html, /The text shown is the text in the log/);
  });
});
