// The change summary counts points and sub-points apart: its totals must agree with the header's count of
// top-level points (the E3 page once said "26 points" above "12 amended, 34 unchanged").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Point, VersionDetail } from '../api/types.ts';
import { compareToParent } from '../lib/compare-to-parent.ts';
import { ChangeSummary } from './change-summary.tsx';

const pt = (
  id: string,
  lineageId: string,
  number: string,
  text: string,
  parentPointId: string | null = null,
) =>
  ({
    id,
    versionId: 'v',
    lineageId,
    parentPointId,
    derivedFrom: [],
    note: '',
    ordinal: 1,
    number,
    text: { en: text },
    categories: [],
    quantities: [],
    conditions: [],
    logIndex: 0,
  }) satisfies Point;

const version = (id: string, label: string, points: Point[]): VersionDetail => ({
  id,
  planId: 'plan',
  parentVersionId: null,
  label,
  issuedOn: null,
  status: 'draft',
  note: '',
  audience: { kind: 'public' },
  logIndex: 0,
  points,
  commitments: [],
});

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('ChangeSummary', () => {
  const parent = version('us', 'US draft', [
    pt('a1', 'L1', '1', 'One.'),
    pt('a1a', 'L1a', '1.a', 'One a.', 'a1'),
    pt('a1b', 'L1b', '1.b', 'One b.', 'a1'),
    pt('a2', 'L2', '2', 'Two.'),
    pt('a3', 'L3', '3', 'Three.'),
  ]);
  const render = (child: VersionDetail) =>
    text(
      renderToStaticMarkup(
        createElement(ChangeSummary, {
          comparison: compareToParent(child.points, parent.points),
          version: child,
          parent,
        }),
      ),
    );

  test('says how many points and sub-points it counts, and counts each level apart', () => {
    const html = render(
      version('e3', 'E3', [
        pt('b1', 'L1', '1', 'One, amended.'),
        pt('b1a', 'L1a', '1.a', 'One a.', 'b1'),
        pt('b2', 'L2', '2', 'Two.'),
      ]),
    );
    assert.match(html, /of 2 points and 1 sub-point:/);
    assert.match(html, /Points: 1 amended, 0 new, 1 unchanged; 1 of US draft dropped\./);
    assert.match(html, /Sub-points: 0 amended, 0 new, 1 unchanged; 1 of US draft dropped\./);
    assert.doesNotMatch(html, /of 3 points/, 'a sub-point is never counted as a point');
  });

  test('a version without sub-points on either side has no sub-point line', () => {
    const flat = version('us', 'US draft', [pt('a1', 'L1', '1', 'One.'), pt('a2', 'L2', '2', 'Two.')]);
    const html = text(
      renderToStaticMarkup(
        createElement(ChangeSummary, {
          comparison: compareToParent([pt('b1', 'L1', '1', 'One.')], flat.points),
          version: version('x', 'X', [pt('b1', 'L1', '1', 'One.')]),
          parent: flat,
        }),
      ),
    );
    assert.match(html, /of 1 point:/);
    assert.match(html, /Points: 0 amended, 0 new, 1 unchanged; 1 of US draft dropped\./);
    assert.doesNotMatch(html, /sub-point/i);
  });
});
