// Listens on a port (0 = any free one) and resolves once the socket is bound, with the URL to reach it. The
// server owns its analysis worker pool: closing the server ends the pool's threads too.
import type { AddressInfo } from 'node:net';
import type { Store } from '@concord/db';
import { createEnginePool } from '@concord/engine';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';

export type ServerOptions = { store: Store; port: number; host?: string; webRoot?: string };
export type RunningServer = { url: string; close(): Promise<void> };

export function startServer({
  store,
  port,
  host = '127.0.0.1',
  webRoot,
}: ServerOptions): Promise<RunningServer> {
  const engine = createEnginePool();
  const app = createApp({ store, engine, ...(webRoot === undefined ? {} : { webRoot }) });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      server.off('error', reject);
      const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shownHost}:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive sockets would hold close() open until they time out.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }).finally(() => engine.close()),
      });
    });
    server.once('error', (error) => {
      void engine.close();
      reject(error);
    });
  });
}
