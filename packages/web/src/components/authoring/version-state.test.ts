import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { PresentedVersion } from '../../lib/people-types.ts';
import { VersionStateNotice, WithdrawControl } from './version-state.tsx';

const version = (over: Partial<PresentedVersion>): PresentedVersion => ({
  id: 'v1',
  planId: 'p1',
  parentVersionId: null,
  label: 'Draft',
  issuedOn: null,
  status: 'draft',
  note: '',
  audience: { kind: 'parties', partyIds: [] },
  logIndex: 4,
  withdrawal: null,
  abilities: {},
  ...over,
});

const notice = (
  v: PresentedVersion,
  planAbilities: Record<string, boolean> | null = { 'create-version': true },
) => renderToStaticMarkup(createElement(VersionStateNotice, { version: v, planAbilities }));

describe('what a version page offers, from the server’s abilities', () => {
  test('a working draft is edited only by whom the server lets edit it', () => {
    assert.match(notice(version({ abilities: { edit: true } })), /data-testid="edit-draft"/);
    assert.doesNotMatch(notice(version({ abilities: { edit: false } })), /edit-draft/);
    assert.doesNotMatch(notice(version({ abilities: { edit: true } })), /start-from-this/);
  });

  test('a draft shared beyond the mediators is read-only and says why', () => {
    const html = notice(
      version({ audience: { kind: 'parties', partyIds: ['u1'] }, abilities: { edit: false } }),
    );
    assert.match(html, /shared beyond the mediators, so its text is frozen/);
    assert.match(html, /start-from-this/);
    assert.doesNotMatch(html, /edit-draft/);
  });

  test('a circulated or final text is read-only, with a new version offered to whom may start one', () => {
    for (const status of ['circulated', 'final'] as const) {
      const html = notice(version({ status, abilities: { edit: false } }));
      assert.match(html, /data-testid="frozen-notice"/);
      assert.match(html, /href="\/plans\/p1\/new-version\?from=v1"/);
      assert.doesNotMatch(html, /edit-draft/);
    }
    assert.doesNotMatch(
      notice(version({ status: 'circulated' }), { 'create-version': false }),
      /start-from-this/,
    );
    assert.doesNotMatch(notice(version({ status: 'circulated' }), null), /start-from-this/);
  });

  test('a withdrawn version says when and why, even a draft, and is frozen', () => {
    const html = notice(
      version({
        withdrawal: { reason: 'Overtaken by events', at: '2025-11-23T09:00:00.000Z' },
        abilities: { edit: true },
      }),
    );
    assert.match(html, /Withdrawn on 23 Nov 2025/);
    assert.match(html, /Reason: Overtaken by events/);
    assert.match(html, /data-testid="frozen-notice"/);
    assert.doesNotMatch(html, /edit-draft/);
  });

  test('withdrawing is offered only with the ability', () => {
    const render = (abilities: Record<string, boolean>) =>
      renderToStaticMarkup(
        createElement(WithdrawControl, { version: version({ abilities }), onDone: () => {} }),
      );
    assert.match(render({ withdraw: true }), /data-testid="withdraw"/);
    assert.equal(render({ withdraw: false }), '');
    assert.equal(render({}), '');
  });
});
