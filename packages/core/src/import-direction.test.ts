// The packages import each other only in the direction ARCHITECTURE.md gives, so the pure core never comes to
// depend on storage, transport or UI. This test reads every source file's `@concord/*` imports and every
// package.json and fails on an arrow the architecture does not allow.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const packagesDir = new URL('../../', import.meta.url).pathname;

// "may import", from ARCHITECTURE.md; tests may use the same packages as the sources.
const ALLOWED: Record<string, string[]> = {
  ledger: [],
  core: ['ledger'],
  engine: ['core'],
  db: ['core', 'ledger'],
  server: ['core', 'ledger', 'engine', 'db'],
  web: ['core', 'ledger'],
  cli: ['core', 'ledger', 'engine', 'db', 'server'],
  e2e: ['core', 'ledger', 'engine', 'db', 'server', 'cli'],
};

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.(ts|tsx|js)$/.test(name)) out.push(path);
  }
  return out;
}

const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)['"]@concord\/([a-z0-9-]+)/g;

for (const [pkg, allowed] of Object.entries(ALLOWED)) {
  test(`${pkg} imports only ${allowed.length ? allowed.join(', ') : 'no other Concord package'}`, () => {
    const root = join(packagesDir, pkg);
    const bad: string[] = [];
    for (const file of sourceFiles(root)) {
      for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const target = m[1] ?? '';
        if (target !== pkg && !allowed.includes(target))
          bad.push(`${file.slice(packagesDir.length)} → ${target}`);
      }
    }
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const declared = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
      .filter((d) => d.startsWith('@concord/'))
      .map((d) => d.slice('@concord/'.length));
    for (const d of declared) if (!allowed.includes(d)) bad.push(`package.json of ${pkg} declares ${d}`);
    assert.deepEqual(bad, [], 'imports against the architecture');
  });
}

test('every package under packages/ is covered by the rule', () => {
  const present = readdirSync(packagesDir).filter((n) => statSync(join(packagesDir, n)).isDirectory());
  assert.deepEqual(present.sort(), Object.keys(ALLOWED).sort());
});
