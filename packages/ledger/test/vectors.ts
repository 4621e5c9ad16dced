// Test-only helpers to read public vectors. Each vector directory is read twice: the project-owned subset in
// packages/ledger/testdata/ (always present) and the full set in <repo>/../shared/data/ledger-vectors/ (present
// on CI and the build machine; the tests using it are skipped with 'shared data absent' elsewhere).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type VectorSource = { name: 'project testdata' | 'shared data'; dir: string | undefined };

const projectDir = fileURLToPath(new URL('../testdata/', import.meta.url));
const sharedDir = fileURLToPath(new URL('../../../../shared/data/ledger-vectors/', import.meta.url));

export const vectorSources: VectorSource[] = [
  { name: 'project testdata', dir: projectDir },
  { name: 'shared data', dir: existsSync(sharedDir) ? sharedDir : undefined },
];

export function readJson<T>(dir: string, path: string): T {
  return JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;
}

/** Every *.json under dir/path, as [relative path, parsed value]. */
export function readJsonTree<T>(dir: string, path: string): [string, T][] {
  const out: [string, T][] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const child = join(rel, name);
      if (statSync(join(dir, child)).isDirectory()) walk(child);
      else if (name.endsWith('.json')) out.push([child, readJson<T>(dir, child)]);
    }
  };
  walk(path);
  return out;
}
