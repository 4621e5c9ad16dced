// Serves the built web application: files under `webRoot`, and index.html for every other non-API GET so the
// single-page app can route on the client. When the bundle was never built, a plain page says how to build it.
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MiddlewareHandler } from 'hono';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const MISSING_BUNDLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Concord</title></head>
<body><h1>Concord</h1><p>The web application has not been built. Run <code>npm run build:web</code> and reload.
The API is running: see <a href="/docs">/docs</a>.</p></body></html>
`;

/** Paths that belong to the API, never to the web application. */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/') || path === '/openapi.json' || path === '/docs';
}

async function fileAt(path: string): Promise<string | null> {
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

/** Resolves a URL path inside the root; anything that would climb out of it (`..`, encoded or not) is refused. */
function insideRoot(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = resolve(root, `.${decoded}`);
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

export function serveWeb(webRoot: string = DEFAULT_WEB_ROOT): MiddlewareHandler {
  const root = resolve(webRoot);
  return async (c, next) => {
    const method = c.req.method;
    if ((method !== 'GET' && method !== 'HEAD') || isApiPath(c.req.path)) return next();
    const requested = insideRoot(root, c.req.path);
    const found = requested && (await fileAt(requested));
    // A missing file with an extension is a broken asset link (404), not a page of the app.
    if (!found && extname(c.req.path) !== '') return next();
    const file = found || (await fileAt(resolve(root, 'index.html')));
    if (!file) return c.html(MISSING_BUNDLE, 200);
    const immutable = file.includes(`${sep}assets${sep}`);
    const headers = {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (method === 'HEAD') return c.body(null, 200, headers);
    return c.body(new Uint8Array(await readFile(file)), 200, headers);
  };
}
