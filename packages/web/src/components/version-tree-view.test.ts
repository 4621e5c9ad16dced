import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { VersionSummary } from '../api/types.ts';
import { VersionTreeView } from './version-tree-view.tsx';

const v = (id: string, label: string, parentVersionId: string | null, logIndex: number): VersionSummary => ({
  id,
  planId: 'plan',
  parentVersionId,
  label,
  issuedOn: '2025-11-20',
  status: 'circulated',
  note: '',
  audience: { kind: 'public' },
  logIndex,
});

const versions = [v('us28', 'US 28-point draft', null, 1), v('e3', 'E3 counter-draft', 'us28', 2)];

describe('VersionTreeView markup', () => {
  test('every node links to its version except the current one, which is marked', () => {
    const html = renderToStaticMarkup(createElement(VersionTreeView, { versions, currentId: 'us28' }));
    assert.match(html, /data-testid="version-tree"/);
    const nodes = [...html.matchAll(/data-testid="tree-node" data-current="(true|false)">(.*?)<\/div>/g)];
    assert.equal(nodes.length, 2);
    assert.equal(nodes[0]?.[1], 'true');
    assert.match(nodes[0]?.[2] ?? '', /aria-current="page" dir="auto">US 28-point draft</);
    assert.doesNotMatch(nodes[0]?.[2] ?? '', /href=/);
    assert.equal(nodes[1]?.[1], 'false');
    assert.match(nodes[1]?.[2] ?? '', /href="\/versions\/e3"[^>]*>E3 counter-draft</);
    assert.doesNotMatch(nodes[0]?.[2] ?? '', /E3/, "a node's line does not contain its children");
  });

  test('a withdrawn version stays in the tree, marked, with its reason; a standing one is not marked', () => {
    const withdrawn = [
      {
        ...v('us28', 'US 28-point draft', null, 1),
        withdrawal: { reason: 'Superseded', at: '2025-11-23T10:00:00.000Z' },
      },
      { ...v('e3', 'E3 counter-draft', 'us28', 2), withdrawal: null },
    ];
    const html = renderToStaticMarkup(
      createElement(VersionTreeView, { versions: withdrawn, currentId: null }),
    );
    assert.equal(html.match(/data-testid="withdrawn-badge"/g)?.length, 1);
    assert.match(html, /class="tree-node is-withdrawn"[\s\S]*US 28-point draft[\s\S]*Withdrawn: Superseded/);
    assert.match(html, /E3 counter-draft/);
  });

  test('the counter-draft is nested under the draft it answers', () => {
    const html = renderToStaticMarkup(createElement(VersionTreeView, { versions, currentId: null }));
    assert.match(html, /US 28-point draft[\s\S]*<ul class="tree"><li[^>]*>[\s\S]*E3 counter-draft/);
  });
});
