// Swagger UI's script and stylesheet, served from the copy in packages/server/vendor/swagger-ui: the machine that
// runs Concord may have no route to a CDN, and the API documentation must work offline like everything else. The
// npm package is not installed because it pulls in install analytics (see that folder's README).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';

export const DOCS_ASSETS_BASE = '/docs/assets';

// Only these two files are served; the path never reaches the file system.
const FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

const distDir = fileURLToPath(new URL('../../vendor/swagger-ui/', import.meta.url));
const cache = new Map<string, Uint8Array<ArrayBuffer>>();

async function load(name: string): Promise<Uint8Array<ArrayBuffer>> {
  let bytes = cache.get(name);
  if (!bytes) {
    bytes = new Uint8Array(await readFile(`${distDir}${name}`));
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
