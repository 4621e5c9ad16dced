// Bundles `concord` into packages/cli/dist so that a start transpiles nothing (issue 11, item 4): the CLI and the
// engine pool's worker tasks, with the @concord/* workspace sources inlined and every third-party package left
// external (PGlite finds its .wasm files beside its own package; pg, hono and the rest load as installed).
// Run by `npm ci` (the root `prepare` script), `npm run build:cli`, `npm test` before its suites, and by the CLI
// tests when the bundle is older than a source it was built from. A build writes every file under a temporary
// name and renames it into place, entry points last, so a `concord` starting meanwhile runs one build or the other.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const distDir = join(repoRoot, 'packages/cli/dist');
export const manifestFile = join(distDir, 'build.json');
const thisFile = relative(repoRoot, fileURLToPath(import.meta.url));

/** What a build was made from: its inputs (paths from the repository root) and when it started reading them. */
export type Manifest = { startedAt: number; inputs: string[] };

const entryPoints = {
  concord: 'packages/cli/src/main.ts',
  // The pool's worker loads this file when the pool itself runs from the bundle (see engine-pool.ts).
  'engine-worker': 'packages/engine/src/pool/tasks.ts',
};

// Files whose `import.meta.url` must stay the bundle's own: the engine pool looks for engine-worker.js beside it.
const keepsBundleUrl = new Set(['packages/engine/src/pool/engine-pool.ts']);

/** Only @concord/* is bundled; any other bare import (npm packages, node:) loads from node_modules at run time. */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@concord/') ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * A workspace file that finds files beside it (the web app's dist/, the demo's fixtures) keeps finding them from
 * the bundle: its `import.meta.url` becomes its source file's URL, computed from the bundle's own location so the
 * checkout may move. Every chunk is written flat into dist/, so one relative path serves all of them.
 */
const sourceRelativeUrls: Plugin = {
  name: 'source-relative-urls',
  setup(b) {
    b.onLoad({ filter: /\/packages\/[^/]+\/src\/.*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const path = relative(repoRoot, args.path);
      if (!text.includes('import.meta.url') || keepsBundleUrl.has(path))
        return { contents: text, loader: 'ts' };
      const fromDist = JSON.stringify(relative(distDir, args.path));
      return {
        contents: text.replaceAll('import.meta.url', `new URL(${fromDist}, import.meta.url).href`),
        loader: 'ts',
      };
    });
  },
};

/** Builds the bundle into dist/ and answers its manifest. */
export async function buildCli(): Promise<Manifest> {
  const startedAt = Date.now();
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints,
    bundle: true,
    // Split so that a lazily imported command (the server, the store, the engine) stays out of `--help`'s load.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: distDir,
    chunkNames: 'chunk-[hash]',
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'warning',
    plugins: [externalPackages, sourceRelativeUrls],
  });
  const inputs = [...Object.keys(result.metafile.inputs), thisFile].sort();
  const manifest: Manifest = { startedAt, inputs };
  mkdirSync(distDir, { recursive: true });
  const isEntry = (path: string) => Object.keys(entryPoints).some((name) => path.endsWith(`/${name}.js`));
  const files = [...result.outputFiles].sort((a, b) => Number(isEntry(a.path)) - Number(isEntry(b.path)));
  for (const file of files) writeAtomically(file.path, file.contents);
  writeAtomically(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  removeOldOutputs(new Set([...files.map((f) => f.path), manifestFile]));
  return manifest;
}

function writeAtomically(path: string, contents: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/** Chunks of earlier builds, once no `concord` started from them can still be loading them (a minute on). */
function removeOldOutputs(current: Set<string>): void {
  const cutoff = Date.now() - 60_000;
  for (const name of readdirSync(distDir)) {
    const path = join(distDir, name);
    if (!current.has(path) && statSync(path).mtimeMs < cutoff) rmSync(path, { force: true });
  }
}

/** The inputs changed (or gone) since the build in `manifest` started; empty when the bundle is current. */
export function staleInputs(manifest: Manifest, root = repoRoot): string[] {
  return manifest.inputs.filter((input) => {
    const path = join(root, input);
    return !existsSync(path) || statSync(path).mtimeMs > manifest.startedAt;
  });
}

/**
 * The npm packages and Node modules that loading `entry` (a file in dist/) imports before any code runs: its static
 * imports, through the chunks they name. What a command needs only when it runs is imported lazily, in its action.
 */
export function staticImports(entry: string): string[] {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(distDir, file), 'utf8');
    for (const [, specifier] of text.matchAll(/^(?:import|export)\b[^;]*?["']([^"']+)["'];/gms)) {
      if (specifier?.startsWith('./')) visit(specifier.slice(2));
      else if (specifier) packages.add(specifier);
    }
  };
  visit(entry);
  return [...packages].sort();
}

/** The manifest of the bundle in dist/, or null when there is none. */
export function readManifest(): Manifest | null {
  if (!existsSync(manifestFile) || !existsSync(join(distDir, 'concord.js'))) return null;
  return JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
}

/** Builds the bundle when it is missing or older than one of its sources; answers whether it built. */
export async function ensureFreshBundle(): Promise<boolean> {
  const manifest = readManifest();
  if (manifest !== null && staleInputs(manifest).length === 0) return false;
  await buildCli();
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = await buildCli();
  process.stdout.write(`concord bundled into packages/cli/dist from ${manifest.inputs.length} sources\n`);
}
