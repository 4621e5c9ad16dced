#!/usr/bin/env node
// Entry point: runs the bundle in ../dist (built by `npm ci` through the root `prepare` script, by
// `npm run build:cli` and by `npm test`), so a start loads JavaScript and transpiles nothing.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/concord.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write(
    'concord: not built (packages/cli/dist/concord.js is missing); run npm run build:cli\n',
  );
  process.exit(1);
}
await import(bundle.href);
