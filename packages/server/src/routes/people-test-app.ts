// For the people routes' tests: an app with the people routes mounted, whether or not app.ts mounts them yet.
import type { Store } from '@concord/db';
import { createEnginePool } from '@concord/engine';
import { type AppOptions, createApp, DEFAULT_ORIGIN } from '../app.ts';
import { systemClock } from '../commands/context.ts';
import { signInDeps } from '../http/sign-in.ts';
import { peopleRoutes } from './people.ts';

export function peopleApp(store: Store, options: Omit<AppOptions, 'store'> = {}) {
  const app = createApp({ store, ...options });
  if (!app.routes.some((r) => r.path === '/api/processes/:processId/members')) {
    const engine = options.engine ?? createEnginePool();
    const clock = options.clock ?? systemClock;
    app.route('/', peopleRoutes(signInDeps({ store, engine, clock }, options.origin ?? DEFAULT_ORIGIN)));
  }
  return app;
}

/** The `name=value` of the session cookie an answer sets, to send back as a Cookie header. */
export function cookieFrom(headers: Headers): string | null {
  const set = headers.get('set-cookie');
  return set === null ? null : (set.split(';')[0] ?? null);
}
