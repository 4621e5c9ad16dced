// The Share control appears only where the server says the reader may share, and offers wider audiences only.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Abilities } from '../lib/people-types.ts';
import { ShareControl, ShareForm } from './share-dialog.tsx';

const parties = [
  { id: 'ua', name: 'Ukraine' },
  { id: 'ru', name: 'Russia' },
  { id: 'us', name: 'United States' },
];
const base = { kind: 'version' as const, id: 'v1', parties, onShared: () => {} };

describe('ShareControl', () => {
  test('hidden without the share ability, whatever else the reader may do', () => {
    const refused: Abilities[] = [{}, { read: true, edit: true, update: true }, { share: false }];
    for (const abilities of refused) {
      const html = renderToStaticMarkup(
        createElement(ShareControl, { ...base, audience: { kind: 'parties', partyIds: [] }, abilities }),
      );
      assert.equal(html, '');
    }
  });

  test('shown with the share ability', () => {
    const html = renderToStaticMarkup(
      createElement(ShareControl, {
        ...base,
        audience: { kind: 'parties', partyIds: ['ru'] },
        abilities: { share: true },
      }),
    );
    assert.match(html, /data-testid="share"/);
    assert.match(html, /<summary[^>]*>Share<\/summary>/);
  });

  test('a public object has nothing wider: says so instead of offering a form', () => {
    const html = renderToStaticMarkup(
      createElement(ShareControl, { ...base, audience: { kind: 'public' }, abilities: { share: true } }),
    );
    assert.match(html, /public already/);
    assert.doesNotMatch(html, /share-form/);
  });
});

describe('ShareForm', () => {
  test('from named parties: more parties, the process or the public; parties who see it now stay ticked', () => {
    const html = renderToStaticMarkup(
      createElement(ShareForm, {
        ...base,
        audience: { kind: 'parties', partyIds: ['ru', 'us'] },
        abilities: { share: true },
      }),
    );
    for (const c of ['parties', 'process', 'public']) assert.match(html, new RegExp(`share-choice-${c}`));
    assert.match(html, /data-testid="share-parties"/);
    assert.equal(html.split('(can see it now)').length - 1, 2);
    assert.equal(html.split(/<input type="checkbox" disabled="" checked=""\/>/).length - 1, 2);
    assert.match(html, /Reason \(required/);
    assert.match(html, /cannot be taken back/);
  });

  test('from the whole process only the public is offered', () => {
    const html = renderToStaticMarkup(
      createElement(ShareForm, {
        ...base,
        kind: 'plan',
        audience: { kind: 'process' },
        abilities: { share: true },
      }),
    );
    assert.match(html, /share-choice-public/);
    assert.doesNotMatch(html, /share-choice-parties|share-choice-process/);
  });
});

describe('sharing a working draft', () => {
  test('the form warns that the text freezes once anyone beyond the mediators reads it', () => {
    const form = (freezesDraft: boolean) =>
      renderToStaticMarkup(
        createElement(ShareForm, {
          ...base,
          audience: { kind: 'parties', partyIds: [] },
          abilities: { share: true },
          freezesDraft,
        }),
      );
    assert.match(form(true), /data-testid="share-freezes"/);
    assert.match(form(true), /its text is frozen/);
    assert.doesNotMatch(form(false), /share-freezes/);
  });
});
