// Listens on a port (0 = any free one) and resolves once the socket is bound, with the URL to reach it. The
// server owns its analysis worker pool: closing the server ends the pool's threads too.
import type { AddressInfo } from 'node:net';
import type { Store } from '@concord/db';
import { createEnginePool } from '@concord/engine';
import { serve } from '@hono/node-server';
import { type AppOptions, createApp } from './app.ts';
import { guaranteeRunner, type RunnerOptions } from './jobs/guarantee-runner.ts';

export type ServerOptions = {
  store: Store;
  port: number;
  host?: string;
  webRoot?: string;
  /**
   * The origin people reach the site at (behind a proxy: its https URL). By default the loopback name and the
   * bound port, `http://localhost:<port>`: browser writes must come from it, and passkeys are bound to it.
   */
  origin?: string;
  /** Passed to the app (sign-in links printed by the operator; the demo's role switcher; rate limits). */
  app?: Omit<AppOptions, 'store' | 'engine' | 'webRoot' | 'origin'>;
  /** How long a client may take (default SOCKET_LIMITS). */
  socketLimits?: Partial<SocketLimits>;
  /** The guarantee runner's options (it runs at start, after writes and on the clock); false: no runner. */
  guarantees?: false | Omit<RunnerOptions, 'store' | 'clock'>;
};

/**
 * What a slow or idle client may hold. A client that trickles its headers or body in byte by byte would otherwise
 * keep a socket and its memory for as long as it likes; Node checks these every `checkEveryMs`.
 */
export type SocketLimits = {
  headersMs: number;
  requestMs: number;
  keepAliveMs: number;
  checkEveryMs: number;
  maxHeaderBytes: number;
};

export const SOCKET_LIMITS: SocketLimits = {
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
  checkEveryMs: 1_000,
  maxHeaderBytes: 16 * 1024,
};
/** `url`: where people reach it (the origin); `localUrl`: the bound address, for this machine's own clients. */
export type RunningServer = { url: string; localUrl: string; close(): Promise<void> };

export function startServer({
  store,
  port,
  host = '127.0.0.1',
  webRoot,
  origin,
  app: appOptions = {},
  socketLimits,
  guarantees: runnerOptions = {},
}: ServerOptions): Promise<RunningServer> {
  const limits = { ...SOCKET_LIMITS, ...socketLimits };
  const engine = createEnginePool();
  // A log that failed its start-up check takes no writes, the runner's included.
  const runner =
    runnerOptions === false || appOptions.refuseWrites !== undefined
      ? null
      : guaranteeRunner({
          ...runnerOptions,
          store,
          ...(appOptions.clock === undefined ? {} : { clock: appOptions.clock }),
        });
  // The app needs the origin, which needs the bound port when port 0 asked for any free one: it is made once the
  // socket is bound, before the first request can be read.
  let app: ReturnType<typeof createApp> | undefined;
  const fetch = (request: Request, env?: object) => {
    if (app === undefined) return new Response('starting', { status: 503 });
    return app.fetch(request, env);
  };
  return new Promise((resolve, reject) => {
    const serverOptions = {
      headersTimeout: limits.headersMs,
      requestTimeout: limits.requestMs,
      keepAliveTimeout: limits.keepAliveMs,
      connectionsCheckingInterval: limits.checkEveryMs,
      maxHeaderSize: limits.maxHeaderBytes,
    };
    const server = serve({ fetch, port, hostname: host, serverOptions }, (info: AddressInfo) => {
      server.off('error', reject);
      const url = origin ?? defaultOrigin(host, info);
      app = createApp({
        ...appOptions,
        ...(runner === null ? {} : { guarantees: runner }),
        store,
        engine,
        origin: url,
        ...(webRoot === undefined ? {} : { webRoot }),
      });
      resolve({
        url: new URL(url).origin,
        localUrl: defaultOrigin(host, info),
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive sockets would hold close() open until they time out.
            if ('closeAllConnections' in server) server.closeAllConnections();
          })
            .then(() => runner?.stop())
            .finally(() => engine.close()),
      });
      // A step that fell due while the server was down is logged now, off the start-up path.
      void runner?.start();
    });
    server.once('error', (error) => {
      void engine.close();
      reject(error);
    });
  });
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** `http://localhost:<port>` on a loopback address (passkeys need a name, never an IP), else the bound address. */
function defaultOrigin(host: string, info: AddressInfo): string {
  if (LOOPBACK.has(host)) return `http://localhost:${info.port}`;
  const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  return `http://${shownHost}:${info.port}`;
}
