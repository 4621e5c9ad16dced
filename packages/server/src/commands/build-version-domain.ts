// A version's contested points as a negotiation domain: every version of its plan (oldest first) supplies the
// wordings, and the version itself is the draft. Built from the public texts only, so anyone may read it.
import type { Plan, Point, Version } from '@concord/core';
import type { Repositories } from '@concord/db';
import { buildPlanDomain, type PlanDomain, PlanDomainError } from '@concord/engine';
import { conflict, ruleBroken } from '../problems.ts';
import { mustExist, planOf } from './lookups.ts';

export type VersionDomain = {
  version: Version;
  plan: Plan;
  /** Every version of the plan, oldest first (ids are UUIDv7, so id order is creation order). */
  versions: Version[];
  /** The points of all those versions: what a valuation's lineages and versions are checked against. */
  points: Point[];
  domain: PlanDomain;
};

/**
 * The plan's standing versions and their points, oldest version first. A withdrawn version is off the table: it
 * contributes no wording to the analysis and cannot be valued.
 */
export async function readPlanTexts(
  repos: Repositories,
  planId: string,
): Promise<{ versions: Version[]; points: Point[] }> {
  const versions = (await repos.versions.listByPlan(planId))
    .filter((v) => v.withdrawal === null)
    .sort((a, b) => a.id.localeCompare(b.id));
  const perVersion = await Promise.all(versions.map((v) => repos.points.listByVersion(v.id)));
  return { versions, points: perVersion.flat() };
}

export async function buildVersionDomain(repos: Repositories, versionId: string): Promise<VersionDomain> {
  const version = await mustExist('version', versionId, (id) => repos.versions.get(id));
  if (version.withdrawal !== null)
    throw conflict(`version ${versionId} was withdrawn: it is no longer analysed`);
  const plan = await planOf(repos, version);
  const { versions, points } = await readPlanTexts(repos, plan.id);
  try {
    const domain = buildPlanDomain({ versions, points, target: version.id });
    return { version, plan, versions, points, domain };
  } catch (error) {
    // Stored texts are valid by construction; this names what the domain builder could not use if not.
    if (error instanceof PlanDomainError) throw ruleBroken(`the plan cannot be analysed: ${error.message}`);
    throw error;
  }
}

/** How many packages the domain spans: a number when exact in a double, else a decimal string. */
export function outcomeTotal(domain: PlanDomain): number | string {
  const total = domain.issues.reduce((n, issue) => n * BigInt(issue.options.length), 1n);
  return total <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(total) : total.toString();
}
