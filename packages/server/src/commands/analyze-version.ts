// The analysis of a version for one caller. The mediator gets the whole analysis (every complete valuation of
// the plan, run in the engine pool, never on the request thread); a party gets only its own utility of the
// draft, computed from its own valuation alone: the other valuations are never even read for it, so nothing
// it receives can be derived from them.
import {
  authorize,
  type FullAnalysis,
  type Party,
  type PlanAnalysis,
  type Principal,
  type Valuation,
  type VersionAnalysis,
} from '@concord/core';
import type { Repositories, Store } from '@concord/db';
import {
  type Disagreement,
  type EnginePool,
  EngineRunError,
  isAcceptable,
  type PlanDomain,
  planScenario,
  type Scenario,
  utilityOf,
  utilityTables,
  weighedDomain,
} from '@concord/engine';
import { forbidden, ProblemError, unauthenticated } from '../problems.ts';
import { buildVersionDomain, type VersionDomain } from './build-version-domain.ts';

export type AnalyzeVersionInput = {
  versionId: string;
  disagreement: Disagreement;
  /** Aborting it (the client went away) cancels the engine run. */
  signal?: AbortSignal;
};

// The answer's shapes are core's (schemas/analysis.ts); FullAnalysis is re-exported for the tests that read it.
export type { FullAnalysis, VersionAnalysis };

export const NO_VALUATION_NOTE =
  'no party has a complete valuation of the points this version contests yet: nothing to analyse';
export const NOTHING_CONTESTED_NOTE =
  "the plan's versions do not differ on any point: there is nothing to negotiate between wordings";

export async function analyzeVersion(
  deps: { store: Store; engine: EnginePool },
  principal: Principal | null,
  input: AnalyzeVersionInput,
): Promise<VersionAnalysis> {
  // Only what the caller may read goes into the domain: a version it was not shown adds no wording.
  const repos: Repositories = deps.store.readAs(principal);
  const built = await buildVersionDomain(repos, input.versionId);
  const { version, plan, domain } = built;
  const resource = { processId: plan.processId };
  if (authorize(principal, 'read-full', 'analysis', resource).allowed) {
    const [parties, valuations] = await Promise.all([
      repos.parties.listByProcess(plan.processId),
      repos.valuations.listByPlan(plan.id),
    ]);
    return fullAnalysis(deps.engine, built, parties, valuations, input);
  }
  const own = authorize(principal, 'read-own', 'analysis', resource);
  const partyId = own.allowed ? own.grant.membership?.partyId : null;
  if (!partyId) {
    if (principal === null) throw unauthenticated('the analysis of a plan needs you to sign in');
    throw forbidden('your role in this process does not include the analysis of this plan');
  }
  const party = await repos.parties.get(partyId);
  const valuation = await repos.valuations.get(plan.id, partyId);
  const name = party?.name ?? '(unknown party)';
  return { scope: 'own', versionId: version.id, ...ownRows(domain, partyId, name, valuation) };
}

function ownRows(domain: PlanDomain, partyId: string, name: string, valuation: Valuation | null) {
  if (valuation === null) return { parties: [], incomplete: [], missing: [{ partyId, name }] };
  const { scenario, incomplete } = planScenario(domain, [{ partyId, name, valuation }]);
  if (incomplete.length > 0) return { parties: [], incomplete, missing: [] };
  const draftUtility = utilityOf(utilityTables(scenario), 0, domain.draft);
  const row = {
    partyId,
    name,
    draftUtility,
    reservation: valuation.reservation,
    accepts: isAcceptable(draftUtility, valuation.reservation),
  };
  return { parties: [row], incomplete: [], missing: [] };
}

async function fullAnalysis(
  engine: EnginePool,
  built: VersionDomain,
  parties: Party[],
  valuations: Valuation[],
  input: AnalyzeVersionInput,
): Promise<FullAnalysis> {
  const byParty = new Map(valuations.map((v) => [v.partyId, v]));
  const valued = parties.flatMap((p) => {
    const valuation = byParty.get(p.id);
    return valuation ? [{ partyId: p.id, name: p.name, valuation }] : [];
  });
  const missing = parties
    .filter((p) => p.kind === 'party' && !byParty.has(p.id))
    .map((p) => ({ partyId: p.id, name: p.name }));
  const { scenario: whole, included, incomplete } = planScenario(built.domain, valued);
  const common = { scope: 'full' as const, versionId: built.version.id, incomplete, missing };
  if (included.length === 0) {
    const note = built.domain.issues.length === 0 ? NOTHING_CONTESTED_NOTE : NO_VALUATION_NOTE;
    return { ...common, parties: [], analysis: null, notes: [note] };
  }
  // Built once per request: the domain from the texts, the scenario from the valuations, then both narrowed.
  const { domain, scenario } = weighedDomain(built.domain, whole);
  const task = { domain, scenario, disagreement: input.disagreement };
  const analysis = await runAnalysis(engine, task, input.signal);
  const rows = included.map((p, k) => ({
    ...p,
    draftUtility: analysis.draft.utilities[k] ?? 0,
    reservation: byParty.get(p.partyId)?.reservation ?? 0,
    accepts: analysis.draft.accepts[k] ?? false,
  }));
  return { ...common, parties: rows, analysis, notes: [] };
}

async function runAnalysis(
  engine: EnginePool,
  task: { domain: PlanDomain; scenario: Scenario; disagreement: Disagreement },
  signal: AbortSignal | undefined,
): Promise<PlanAnalysis> {
  try {
    return await engine.run<PlanAnalysis>({ kind: 'plan-analysis', ...task }, signal ? { signal } : {});
  } catch (error) {
    if (error instanceof EngineRunError && error.code === 'BUSY') throw analysisBusy(error.message);
    if (error instanceof EngineRunError && error.code === 'CANCELLED') throw analysisCancelled();
    if (error instanceof EngineRunError) throw analysisLimit(error.message);
    throw error;
  }
}

/** The pool's threads and queue are full: refused before any work, to be asked again in a few seconds. */
export function analysisBusy(detail: string): ProblemError {
  return new ProblemError({
    status: 503,
    slug: 'analysis-busy',
    title: 'Analyses are queued to the limit',
    detail,
    headers: { 'retry-after': '5' },
  });
}

/**
 * The caller went away (a browser left the page) and its run was stopped: not a fault of the server, so it is
 * not logged as one; the answer goes nowhere, but says what happened should anyone read it.
 */
export function analysisCancelled(): ProblemError {
  return new ProblemError({
    status: 503,
    slug: 'analysis-cancelled',
    title: 'Analysis cancelled',
    detail: 'analysis cancelled: the request was closed before it finished',
  });
}

/** The engine stopped (time or memory limit): nothing to show, try later or smaller. */
export function analysisLimit(detail: string): ProblemError {
  return new ProblemError({ status: 503, slug: 'analysis-limit', title: 'Analysis stopped', detail });
}
