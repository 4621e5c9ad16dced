import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { categoryName } from './category-names.ts';

// The demo's fixed category list lives with the demo fixtures in the same repository.
const demoCategories = new URL('../../../server/src/demo/fixtures/categories.json', import.meta.url);

describe('categoryName', () => {
  test('names the taxonomy stems and leaves unknown keys as written', () => {
    assert.equal(categoryName('cease'), 'Cease Fire');
    assert.equal(categoryName('milrfm'), 'Military Reform');
    assert.equal(categoryName('no-such-key'), 'no-such-key');
    assert.equal(categoryName('toString'), 'toString');
  });

  test('knows every category the demo uses, by the same name', (t) => {
    if (!existsSync(demoCategories)) return t.skip('demo fixtures absent');
    const { categories } = JSON.parse(readFileSync(demoCategories, 'utf8')) as {
      categories: { key: string; name: string }[];
    };
    for (const c of categories) assert.equal(categoryName(c.key), c.name.replaceAll("'", '’'), c.key);
  });
});
