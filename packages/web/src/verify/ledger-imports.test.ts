// The browser verifies with @concord/ledger/verify only: no source of the web app imports the ledger's root entry,
// which holds the signing code (tests may, to build signed logs). The built bundle was checked to hold no signer
// key code as a result (ledger README).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../', import.meta.url));

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

test('no web source imports @concord/ledger itself, only its verify subpath', () => {
  const files = sources(src);
  assert.ok(files.length > 50, 'the scan reads the app');
  const offending = files.filter((f) => /from\s+['"]@concord\/ledger['"]/.test(readFileSync(f, 'utf8')));
  assert.deepEqual(
    offending.map((f) => relative(src, f)),
    [],
  );
  assert.ok(files.some((f) => readFileSync(f, 'utf8').includes("'@concord/ledger/verify'")));
});
