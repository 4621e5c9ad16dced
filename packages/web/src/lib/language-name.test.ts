import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languageName, languageNames } from './language-name.ts';

test('language tags read as names, an unknown or malformed tag as itself', () => {
  assert.equal(languageName('uk'), 'Ukrainian');
  assert.equal(languageNames(['en', 'ar']), 'English, Arabic');
  assert.equal(languageName('not a tag'), 'not a tag');
});
