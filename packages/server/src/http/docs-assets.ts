// Swagger UI's script and stylesheet, served from the installed swagger-ui-dist package: the machine that runs
// Concord may have no route to a CDN, and the API documentation must work offline like everything else.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';

export const DOCS_ASSETS_BASE = '/docs/assets';

// Only these two files are served; the path never reaches the file system.
const FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

const distDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const cache = new Map<string, Uint8Array<ArrayBuffer>>();

async function load(name: string): Promise<Uint8Array<ArrayBuffer>> {
  let bytes = cache.get(name);
  if (!bytes) {
    bytes = new Uint8Array(await readFile(join(distDir, name)));
    cache.set(name, bytes);
  }
  return bytes;
}

export function docsAssets(app: OpenAPIHono): void {
  app.get(`${DOCS_ASSETS_BASE}/swagger-ui-dist/:file`, async (c) => {
    const name = c.req.param('file');
    const type = FILES[name];
    if (!type) return c.notFound();
    return c.body(await load(name), 200, {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
    });
  });
}
