// The HTTP application: API routes, the OpenAPI document and its viewer, and the web application, with every
// failure answered as an RFC 9457 problem. No listening here: tests call `app.request()` in-process.
import type { Store } from '@concord/db';
import { createEnginePool, type EnginePool } from '@concord/engine';
import { swaggerUI } from '@hono/swagger-ui';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { rememberAnalyses } from './analysis-cache.ts';
import { cookieSecurity } from './auth/cookies.ts';
import { csrfProtection, sameOriginOnly } from './auth/csrf.ts';
import { type Clock, systemClock } from './commands/context.ts';
import type { DemoPerson } from './demo/load-demo.ts';
import { DOCS_ASSETS_BASE, docsAssets } from './http/docs-assets.ts';
import { authenticate } from './http/principal.ts';
import { principalMemory } from './http/principal-memory.ts';
import { onError, onNotFound, validationHook } from './http/problem-response.ts';
import { DEFAULT_RATE_LIMITS, type RateLimits, rateLimiter } from './http/rate-limit.ts';
import { type ReadCacheOptions, readCache } from './http/read-cache.ts';
import { refuseWrites } from './http/refuse-writes.ts';
import { signInDeps } from './http/sign-in.ts';
import { serveWeb } from './http/static-web.ts';
import { noteAmbiguousJson } from './http/strict-json.ts';
import { urlLimit } from './http/url-limit.ts';
import { nudgeAfterWrites } from './jobs/nudge-after-writes.ts';
import { ProblemError } from './problems.ts';
import { acceptabilityRoutes } from './routes/acceptability.ts';
import { accountRoutes } from './routes/account.ts';
import { analysisRoutes } from './routes/analysis.ts';
import { authRoutes } from './routes/auth.ts';
import { briefingRoutes } from './routes/briefing.ts';
import { commitmentRoutes } from './routes/commitments.ts';
import { copyRoutes } from './routes/copies.ts';
import { councilRoutes } from './routes/councils.ts';
import { demoRoutes } from './routes/demo.ts';
import { diffRoutes } from './routes/diff.ts';
import { fundRoutes } from './routes/fund.ts';
import { guaranteeRoutes } from './routes/guarantees.ts';
import { healthRoutes } from './routes/health.ts';
import { implementationRoutes } from './routes/implementation.ts';
import { keyRoutes } from './routes/keys.ts';
import { logRoutes } from './routes/log.ts';
import { logBundleRoutes } from './routes/log-bundle.ts';
import { monitoringRoutes } from './routes/monitoring.ts';
import { partyRoutes } from './routes/parties.ts';
import { peopleRoutes } from './routes/people.ts';
import { planRoutes } from './routes/plans.ts';
import { pointRoutes } from './routes/points.ts';
import { positionRoutes } from './routes/positions.ts';
import { precedentRoutes } from './routes/precedents.ts';
import { processRoutes } from './routes/processes.ts';
import { sessionRoutes } from './routes/session.ts';
import { signatureRoutes } from './routes/signatures.ts';
import { transparencyRoutes } from './routes/transparency.ts';
import { valuationRoutes } from './routes/valuations.ts';
import { versionRoutes } from './routes/versions.ts';
import { witnessRoutes } from './routes/witnesses.ts';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export type AppOptions = {
  store: Store;
  /** Directory of the built web application (default: packages/web/dist). */
  webRoot?: string;
  /** Largest accepted request body in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** Worker pool for analyses (default: a new one-thread pool; its threads start only when an analysis runs). */
  engine?: EnginePool;
  /** The time commands and sessions use (default: the system clock); tests pass a simulated one. */
  clock?: Clock;
  /**
   * The origin the site is served at (default http://localhost:4000): browser writes must come from it (CSRF),
   * passkeys are bound to its host, and https makes the session cookie Secure.
   */
  origin?: string;
  /** The demo's people, when the server was started with the demo: enables its role switcher (/api/demo/*). */
  demo?: { people: DemoPerson[] };
  /** Requests per second and burst, per address and per principal, by kind (default DEFAULT_RATE_LIMITS). */
  rateLimits?: Partial<RateLimits>;
  /** Answers of reads kept until the log grows (default on, 64 MiB); false serves every read from the tables. */
  readCache?: ReadCacheOptions | false;
  /** Why the log failed its start-up check (Store.checkHead), if it did: reads are served, writes refused (503). */
  refuseWrites?: string;
  /** The guarantee runner (jobs/guarantee-runner.ts), nudged after every write the API accepted. */
  guarantees?: { nudge(): void };
};

export const DEFAULT_ORIGIN = 'http://localhost:4000';

export function createApp({
  store,
  webRoot,
  bodyLimit: maxSize = DEFAULT_BODY_LIMIT,
  engine = createEnginePool(),
  clock = systemClock,
  origin = DEFAULT_ORIGIN,
  demo,
  rateLimits,
  readCache: readCacheOptions = {},
  refuseWrites: integrityFailure,
  guarantees,
}: AppOptions): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.onError(onError);
  app.notFound(onNotFound);
  const limiter = rateLimiter({ ...DEFAULT_RATE_LIMITS, ...rateLimits });
  const reads = readCacheOptions === false ? null : readCache(store, readCacheOptions);
  if (reads !== null) app.use('/api/*', reads.front(limiter.admitsAddress));
  // nosniff, frame and referrer policies. /docs serves Swagger UI's assets itself (no CDN: it must work offline).
  app.use('*', secureHeaders());
  const limitBody = bodyLimit({
    maxSize,
    onError: () => {
      throw new ProblemError({
        status: 413,
        slug: 'body-too-large',
        title: 'Request body too large',
        detail: `the body exceeds ${maxSize} bytes`,
      });
    },
  });
  // A GET or HEAD carries no body: skipping the check spares reads the full Request object it would build.
  app.use('/api/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next),
  );
  app.use('/api/*', urlLimit());
  if (integrityFailure !== undefined) app.use('/api/*', refuseWrites(integrityFailure));
  app.use('/api/*', limiter.byAddress);
  // On PGlite this process sees every change that could end a credential, so resolved ones are remembered.
  const memory =
    reads === null
      ? {}
      : {
          memory: principalMemory(
            async () => `${await store.committedSize()}.${store.changesBesideLog().credentials}`,
            () => store.dialect === 'pglite',
          ),
        };
  app.use('/api/*', authenticate(store, { clock, cookies: cookieSecurity(origin), ...memory }));
  app.use('/api/*', limiter.byPrincipal);
  app.use('/api/*', csrfProtection({ origin }));
  // Signing in needs no cookie, but a forged sign-in would put the visitor in another's account: same origin only.
  for (const path of ['/api/auth/*', '/api/demo/*']) app.use(path, sameOriginOnly({ origin }));
  app.use('/api/*', noteAmbiguousJson());
  if (reads !== null) app.use('/api/*', reads.signedIn);
  if (guarantees !== undefined) app.use('/api/*', nudgeAfterWrites(guarantees));
  const deps = { store, engine: rememberAnalyses(engine), clock };
  for (const routes of [
    healthRoutes,
    processRoutes,
    partyRoutes,
    planRoutes,
    versionRoutes,
    diffRoutes,
    precedentRoutes,
    pointRoutes,
    commitmentRoutes,
    logRoutes,
    logBundleRoutes,
    sessionRoutes,
    valuationRoutes,
    positionRoutes,
    analysisRoutes,
    acceptabilityRoutes,
    briefingRoutes,
    councilRoutes,
    implementationRoutes,
    monitoringRoutes,
    fundRoutes,
    guaranteeRoutes,
    witnessRoutes,
    keyRoutes,
    signatureRoutes,
    copyRoutes,
    transparencyRoutes,
  ])
    app.route('/', routes(deps));
  const signIn = signInDeps(deps, origin);
  app.route('/', authRoutes(signIn));
  app.route('/', accountRoutes(signIn));
  app.route('/', peopleRoutes(signIn));
  if (demo !== undefined) app.route('/', demoRoutes(signIn, demo));
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Concord API',
      version: '0.1.0',
      description:
        'Peace frameworks (processes, parties, plans, versions, points, commitments) recorded in a verifiable ' +
        'append-only Merkle log. Errors are RFC 9457 problem details.',
    },
  });
  docsAssets(app);
  app.get('/docs', swaggerUI({ url: '/openapi.json', baseUrl: DOCS_ASSETS_BASE, title: 'Concord API' }));
  app.use('*', serveWeb(webRoot));
  return app;
}
