import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partyMatcher } from './parties.ts';
import { cpuTime } from './test-support.ts';

const find = partyMatcher([
  { name: 'Ukraine', aliases: ['Україна', 'Украина', 'Kyiv'] },
  { name: 'Russia', aliases: ['Russian Federation', 'Росія', 'Россия', 'Moscow'] },
  { name: 'United States', aliases: ['US', 'U.S.', 'USA', 'United States of America', 'Washington'] },
  { name: 'European Union', aliases: ['EU', 'Europe'] },
  { name: 'NATO', aliases: [] },
]);

test('names and aliases, whole words, any case, each party once in order of mention', () => {
  assert.deepEqual(find('RUSSIA and ukraine agree; Russia again'), ['Russia', 'Ukraine']);
  assert.deepEqual(find('the Russian Federation'), ['Russia']);
  assert.deepEqual(find('The United States of America and NATO'), ['United States', 'NATO']);
  assert.deepEqual(find('a Prussian army'), [], 'not inside another word');
});

test('simple inflections: possessives, adjectives, Slavic case endings', () => {
  assert.deepEqual(find("Ukraine's army and Russian forces"), ['Ukraine', 'Russia']);
  assert.deepEqual(find('European security'), ['European Union']);
  assert.deepEqual(find('суверенітет України, напад Росії'), ['Ukraine', 'Russia']);
  assert.deepEqual(find('между Россией и Украиной'), ['Russia', 'Ukraine']);
});

test('acronyms match only in capitals', () => {
  assert.deepEqual(find('let us talk about it'), []);
  assert.deepEqual(find('the US and the EU'), ['United States', 'European Union']);
  assert.deepEqual(find('U.S.-led efforts'), ['United States']);
  assert.deepEqual(find('nato'), []);
});

test('a party without aliases is found by its name', () => {
  assert.deepEqual(
    partyMatcher([{ name: 'Qatar' } as { name: string; aliases: string[] }])('Qatari mediators'),
    ['Qatar'],
  );
});

test('no parties given, nothing found; many parties and long texts stay fast', () => {
  assert.deepEqual(partyMatcher([])('Ukraine'), []);
  const many = Array.from({ length: 200 }, (_, i) => ({ name: `Party${i}`, aliases: [`Alias number ${i}`] }));
  const match = partyMatcher([...many, { name: 'Ukraine', aliases: [] }]);
  const text = `${'words and more words '.repeat(50_000)}Ukraine`;
  const { result, ms } = cpuTime(() => match(text));
  assert.deepEqual(result, ['Ukraine']);
  assert.ok(ms < 2000, `${ms} ms`);
});
