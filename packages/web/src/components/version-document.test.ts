// Server-side rendering of the document component: the markup readers and the browser tests rely on,
// checked without a browser or jsdom.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Commitment, Party, Point, VersionDetail } from '../api/types.ts';
import { compareToParent } from '../lib/compare-to-parent.ts';
import { VersionDocument } from './version-document.tsx';

const point = (id: string, number: string, ordinal: number, extra: Partial<Point> = {}): Point => ({
  id,
  versionId: 'v',
  lineageId: `lin-${id}`,
  parentPointId: null,
  derivedFrom: [],
  note: '',
  ordinal,
  number,
  text: { en: `Text of ${number}.` },
  categories: [],
  quantities: [],
  conditions: [],
  logIndex: 3,
  ...extra,
});

const commitment: Commitment = {
  id: 'c1',
  versionId: 'v',
  pointId: 'p6',
  obligor: 'ua',
  beneficiary: 'ru',
  action: 'cap its armed forces',
  due: { event: 'the agreement is signed' },
  verification: 'the monitoring mission',
  logIndex: 3,
};

const version: VersionDetail = {
  id: 'v',
  planId: 'plan',
  parentVersionId: null,
  label: 'Draft',
  issuedOn: null,
  status: 'draft',
  note: '',
  audience: { kind: 'public' },
  logIndex: 3,
  points: [
    point('p10a', '10.a', 1, { parentPointId: 'p10' }),
    point('p6', '6', 2, {
      text: { en: "Ukraine's armed forces are capped at 600,000 personnel." },
      categories: ['milrfm'],
      quantities: [{ value: 600000, unit: 'personnel', text: 'cap' }],
    }),
    point('p1', '1', 1),
    point('p10', '10', 3, { conditions: [{ if: 'Russia invades again', then: 'sanctions snap back' }] }),
  ],
  commitments: [commitment],
};

const parties = [
  { id: 'ua', processId: 'x', name: 'Ukraine', kind: 'party', aliases: [], logIndex: 1 },
  { id: 'ru', processId: 'x', name: 'Russia', kind: 'party', aliases: [], logIndex: 2 },
] satisfies Party[];

const render = (props: Partial<Parameters<typeof VersionDocument>[0]> = {}) =>
  renderToStaticMarkup(
    createElement(VersionDocument, { version, parties, lang: 'en', comparison: null, ...props }),
  );

describe('VersionDocument markup', () => {
  test('points in order with their numbers and depths, sub-points inside their point', () => {
    const html = render();
    const points = [...html.matchAll(/data-testid="point" data-number="([^"]+)" data-depth="(\d)"/g)].map(
      (m) => `${m[1]}@${m[2]}`,
    );
    assert.deepEqual(points, ['1@0', '6@0', '10@0', '10.a@1']);
    assert.match(html, /data-number="10"[\s\S]*<ol class="points sub-points">[\s\S]*data-number="10.a"/);
  });

  test('the quantity is marked in the text, the category named, the condition reads If … then …', () => {
    const html = render();
    assert.match(
      html,
      /capped at <\/span><mark class="quantity" title="600,000 personnel" data-testid="quantity">600,000 personnel<\/mark>/,
    );
    assert.match(html, />Military Reform</);
    assert.match(
      html,
      /<span class="kw">If<\/span> <bdi>Russia invades again<\/bdi> <span class="kw">then<\/span> <bdi>sanctions snap back<\/bdi>/,
    );
  });

  test('commitments sit under their point with parties by name, due and verification', () => {
    const html = render();
    const six = html.slice(html.indexOf('data-number="6"'), html.indexOf('data-number="10"'));
    assert.match(six, /data-testid="commitment"/);
    assert.match(six, /<strong dir="auto">Ukraine<\/strong>/);
    assert.match(six, /Russia/);
    assert.match(six, /after the agreement is signed/);
    assert.match(six, /verified by <bdi>the monitoring mission<\/bdi>/);
  });

  test('changes against a parent version are marked per point', () => {
    const parent = [point('p6', '5', 1, { lineageId: 'lin-p6' }), point('gone', '2', 2)];
    const html = render({ comparison: compareToParent(version.points, parent) });
    assert.match(html, /data-change="amended">amended \(text, number, quantities\), was 5/);
    assert.match(html, /data-testid="old-wording"/);
    assert.equal((html.match(/data-change="new"/g) ?? []).length, 3);
  });

  test('an older entry cannot display differently from what it says; right-to-left text is isolated, unchanged', () => {
    // Texts written before the safe text type existed may hold direction overrides or invisible characters.
    const older = {
      ...version,
      points: [
        point('p1', '1', 1, {
          text: { en: 'Access is granted \u202E; nimda si resu\u202C to monitors.' },
          conditions: [{ if: 'a\u200Bb', then: 'x\u2066y\u2069' }],
        }),
        point('p2', '2', 2, { text: { en: 'اتفاق السلام (הסכם שלום)' } }),
      ],
      commitments: [{ ...commitment, pointId: 'p1', obligor: 'Ukr\u200Baine', verification: '\u202Eeno' }],
    };
    const html = render({ version: older });
    assert.ok(!/[\u200B\u202A-\u202E\u2066-\u2069]/.test(html), 'no hidden character reaches the page');
    assert.match(html, /Access is granted ⟦U\+202E⟧; nimda si resu⟦U\+202C⟧ to monitors\./);
    assert.match(html, /<bdi>a⟦U\+200B⟧b<\/bdi>/);
    assert.match(html, /<strong dir="auto">Ukr⟦U\+200B⟧aine<\/strong>/);
    assert.match(html, /verified by <bdi>⟦U\+202E⟧eno<\/bdi>/);
    assert.match(html, /<p class="point-text" dir="auto"><span>اتفاق السلام \(הסכם שלום\)<\/span><\/p>/);
  });

  test('text is escaped, never injected as markup', () => {
    const hostile = {
      ...version,
      points: [point('p1', '1', 1, { text: { en: '<img src=x onerror=alert(1)>' } })],
    };
    const html = render({ version: hostile });
    assert.ok(!html.includes('<img'));
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  test('a point says which authentic language it lacks and which text was left behind by another', () => {
    const [first] = version.points;
    assert.ok(first);
    const comparison = {
      changes: new Map([
        [first.id, { kind: 'amended' as const, was: first.number, what: ['text'], stale: ['uk'] }],
      ]),
      removed: [],
    };
    const html = render({ comparison, authentic: ['en', 'uk', 'ar'] });
    assert.match(
      html,
      /data-testid="stale-language">Out of date in Ukrainian: the text in another language changed/,
    );
    assert.match(html, /data-testid="missing-language">Not yet in Ukrainian, Arabic\./);
    assert.doesNotMatch(render(), /point-languages/, 'a plan without authentic languages asks nothing');
  });
});
