import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldConcepts } from './concepts.ts';
import { neutraliser } from './neutralise.ts';

const ruUa = neutraliser([
  { name: 'Russia', aliases: ['Russian Federation', 'Moscow'], kind: 'party' },
  { name: 'United States', aliases: ['US', 'U.S.'], kind: 'mediator' },
  { name: 'Peace Council', aliases: [], kind: 'guarantor' },
]);

test('party names, aliases and inflections become one placeholder per kind of party', () => {
  const out = ruUa(
    "The US and the Russian Federation agree; Russia's forces and Russian funds; a Peace Council.",
  );
  assert.doesNotMatch(out, /Russia|US|Peace Council/);
  assert.equal(out.match(/qqparty/g)?.length, 3);
  assert.equal(out.match(/qqmediator/g)?.length, 1);
  assert.equal(out.match(/qqguarantor/g)?.length, 1);
});

test('an acronym alias matches only in capitals and as a whole word', () => {
  assert.equal(ruUa('Let us trust USB'), 'Let us trust USB');
  assert.match(ruUa('U.S.-led'), /qqmediator/);
});

test('no parties: the text is unchanged', () => {
  assert.equal(neutraliser([])('Gaza is rebuilt'), 'Gaza is rebuilt');
});

test('English wordings of a ceasefire and of reconstruction fold to one word; other languages do not', () => {
  assert.match(foldConcepts('the war stops at once', 'en'), /ceasefire/);
  assert.match(foldConcepts('Gaza is rebuilt', 'en'), /reconstruction/);
  assert.match(foldConcepts('funds redevelopment', 'en'), /funding\s+reconstruction/);
  assert.equal(foldConcepts('перемир’я', 'uk'), 'перемир’я');
});
