// `concord` starts from its bundle and transpiles nothing (issue 11, item 4): the bin runs dist/, the bundle is
// rebuilt when a source changes, and a start with TypeScript made unloadable still works, worker included.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  ensureFreshBundle,
  type Manifest,
  readManifest,
  repoRoot,
  staleInputs,
  staticImports,
} from './build.ts';

const bin = join(repoRoot, 'packages/cli/bin/concord.js');
const twoIssues = join(repoRoot, 'bench/cli/two-issue.json');

/** `--import` arguments under which resolving tsx or any .ts module throws: TypeScript cannot load. */
function refusingTypeScript(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'concord-no-ts-'));
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(
    hooks,
    `export async function resolve(specifier, context, next) {
  if (/^tsx(\\/|$)/.test(specifier) || /\\.[cm]?ts$/.test(specifier))
    throw new Error('TypeScript loaded at run time: ' + specifier);
  return next(specifier, context);
}\n`,
  );
  const register = join(dir, 'register.mjs');
  writeFileSync(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
  );
  return ['--import', pathToFileURL(register).href];
}

function run(args: string[]) {
  return spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
}

describe('the concord bundle', () => {
  test('bin/concord.js runs dist/concord.js and does not register tsx', () => {
    const source = readFileSync(bin, 'utf8');
    assert.doesNotMatch(source, /tsx/);
    assert.match(source, /'\.\.\/dist\/concord\.js'/);
  });

  test('is current: built from the CLI and the engine worker, none of its sources newer', async () => {
    await ensureFreshBundle();
    const manifest = readManifest();
    assert.ok(manifest);
    for (const input of ['packages/cli/src/main.ts', 'packages/engine/src/pool/tasks.ts'])
      assert.ok(manifest.inputs.includes(input), input);
    assert.ok(!manifest.inputs.some((i) => i.includes('node_modules')), 'third-party code stays external');
    assert.deepEqual(staleInputs(manifest), []);
  });

  test('a start loads only commander and Node modules before a command runs (no zod, no ledger, no engine)', async () => {
    await ensureFreshBundle();
    const loaded = staticImports('concord.js');
    const heavy = loaded.filter((name) => name !== 'commander' && !name.startsWith('node:'));
    assert.deepEqual(
      heavy,
      [],
      `import these inside the command's action, not at the top: ${heavy.join(', ')}`,
    );
    assert.ok(loaded.includes('commander'), 'the walk sees the static imports');
  });

  test('--help and analyze (its worker too) run with TypeScript unloadable', async () => {
    await ensureFreshBundle();
    const refuse = refusingTypeScript();
    const help = run([...refuse, bin, '--help']);
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /^Usage: concord <command> \[options\]/);
    const analyze = run([...refuse, bin, 'analyze', twoIssues]);
    assert.equal(analyze.status, 0, analyze.stderr);
    assert.match(analyze.stdout, /^Nash: utilities \(0\.75, 0\.64\)/m);
    assert.match(analyze.stdout, /^Pareto frontier of acceptable packages: 3 points/m);
  });

  test('the TypeScript-refusing check fails the sources run through tsx (it can fail)', () => {
    const r = run([...refusingTypeScript(), '--import', 'tsx', 'packages/cli/src/main.ts', '--help']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /TypeScript loaded at run time/);
  });
});

describe('staleInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-stale-'));
  writeFileSync(join(dir, 'a.ts'), '');
  writeFileSync(join(dir, 'b.ts'), '');
  const at = (path: string, ms: number) => utimesSync(join(dir, path), ms / 1000, ms / 1000);

  test('names the inputs changed after the build started, and those gone', () => {
    at('a.ts', 1_000_000);
    at('b.ts', 3_000_000);
    const manifest: Manifest = { startedAt: 2_000_000, inputs: ['a.ts', 'b.ts', 'gone.ts'] };
    assert.deepEqual(staleInputs(manifest, dir), ['b.ts', 'gone.ts']);
  });

  test('is empty when every input is older than the build', () => {
    at('a.ts', 1_000_000);
    at('b.ts', 1_500_000);
    assert.deepEqual(staleInputs({ startedAt: 2_000_000, inputs: ['a.ts', 'b.ts'] }, dir), []);
  });
});
