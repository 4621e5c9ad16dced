// Who can see an object, as every process, plan and version page says it: in words, names as written.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { AudienceBadge, AudienceNote } from './audience-badge.tsx';

const parties = [
  { id: 'ua', name: 'Ukraine' },
  { id: 'ru', name: 'Russia' },
  { id: 'ps', name: 'فلسطين\u202e' },
];

describe('AudienceNote', () => {
  test('public, the whole process and the mediators alone, with who can read it', () => {
    const pub = renderToStaticMarkup(
      createElement(AudienceNote, { audience: { kind: 'public' }, parties, what: 'process' }),
    );
    assert.match(pub, /Who can see it:/);
    assert.match(pub, /<strong[^>]*>Public<\/strong>/);
    assert.match(pub, /Anyone can read this process/);
    const proc = renderToStaticMarkup(
      createElement(AudienceNote, { audience: { kind: 'process' }, parties, what: 'plan' }),
    );
    assert.match(proc, /Everyone in the process/);
    const med = renderToStaticMarkup(
      createElement(AudienceNote, { audience: { kind: 'parties', partyIds: [] }, parties, what: 'version' }),
    );
    assert.match(med, /Mediators only/);
    assert.match(med, /data-audience="mediators"/);
  });

  test('named parties are shown as written, isolated, with hidden characters revealed', () => {
    const html = renderToStaticMarkup(
      createElement(AudienceNote, {
        audience: { kind: 'parties', partyIds: ['ua', 'ru', 'ps'] },
        parties,
        what: 'version',
      }),
    );
    assert.match(html, /Mediators and <bdi>Ukraine<\/bdi>, <bdi>Russia<\/bdi>, <bdi>فلسطين⟦U\+202E⟧<\/bdi>/);
    assert.doesNotMatch(html, /\u202e/);
  });
});

describe('AudienceBadge', () => {
  test('a short mark for lists', () => {
    const html = renderToStaticMarkup(
      createElement(AudienceBadge, { audience: { kind: 'parties', partyIds: ['ua'] }, parties }),
    );
    assert.match(html, /data-testid="audience-badge"/);
    assert.match(html, /Mediators and <bdi>Ukraine<\/bdi>/);
  });
});
