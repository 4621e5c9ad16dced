// The analysis side of a version → JSON. The domain (contested points, options in the plan's own words) comes from
// public texts; the analysis answer is cut to what the caller's scope allows (see commands/analyze-version.ts).
// The shapes are core's (schemas/analysis.ts); the presenters copy field by field so nothing else leaks out.
import type {
  DomainIssue,
  PartyUtility,
  PlanAnalysis,
  PlanDomainAnswer,
  VersionAnalysis,
} from '@concord/core';
import type { PlanDomain } from '@concord/engine';
import { outcomeTotal, type VersionDomain } from '../commands/build-version-domain.ts';

export function presentDomain({ version, plan, domain }: VersionDomain): PlanDomainAnswer {
  return {
    versionId: version.id,
    planId: plan.id,
    language: domain.language,
    outcomes: outcomeTotal(domain),
    issues: domain.issues.map((issue, i) => presentIssue(domain, i, issue.name)),
  };
}

function presentIssue(domain: PlanDomain, i: number, name: string): DomainIssue {
  const meta = domain.issuesMeta[i];
  if (meta === undefined) throw new Error(`plan domain: no metadata for issue ${i}`);
  return {
    name,
    lineageId: meta.lineageId,
    number: meta.number,
    title: meta.title,
    inTarget: meta.inTarget,
    draftOption: domain.draft[i] ?? 0,
    options: (domain.optionsMeta[i] ?? []).map((o) => ({
      label: o.label,
      text: o.text,
      quantities: [...o.quantities],
      versionIds: [...o.versionIds],
      versionLabels: [...o.versionLabels],
      kind: o.kind,
    })),
  };
}

/** The analysis for the caller's scope. A party's answer carries nothing but its own row (never `analysis`). */
export function presentVersionAnalysis(a: VersionAnalysis): VersionAnalysis {
  const common = {
    versionId: a.versionId,
    parties: a.parties.map(presentRow),
    incomplete: a.incomplete.map((p) => ({ partyId: p.partyId, name: p.name, points: [...p.points] })),
    missing: a.missing.map((p) => ({ partyId: p.partyId, name: p.name })),
  };
  if (a.scope === 'own') return { scope: 'own', ...common };
  return {
    scope: 'full',
    ...common,
    analysis: a.analysis === null ? null : presentPlanAnalysis(a.analysis),
    notes: [...a.notes],
  };
}

function presentRow(r: PartyUtility): PartyUtility {
  return {
    partyId: r.partyId,
    name: r.name,
    draftUtility: r.draftUtility,
    reservation: r.reservation,
    accepts: r.accepts,
  };
}

function presentPlanAnalysis(a: PlanAnalysis): PlanAnalysis {
  return {
    parties: a.parties,
    draft: a.draft,
    outcomes: a.outcomes,
    acceptableToAll: a.acceptableToAll,
    frontier: a.frontier,
    acceptableFrontier: a.acceptableFrontier,
    solutions: a.solutions,
    smallestChange: a.smallestChange,
    disagreement: a.disagreement,
    disagreementPoint: a.disagreementPoint,
    notes: a.notes,
    timings: a.timings,
  };
}
