// A plan against a plan of another process, as the reader may see both: each side is read through the
// reader's scoped repositories (a plan or version it may not read is a 404), its parties' names and aliases are
// handed to core's alignPlans to be set aside, and only the points the reader can read are compared.
import {
  alignPlans,
  type CandidatePoint,
  type PlanPrecedent,
  type Point,
  type PrecedentSide,
  type StoredVersion,
} from '@concord/core';
import type { Repositories } from '@concord/db';
import { presentPoint } from '../presenters/entities.ts';
import { ruleBroken } from '../problems.ts';
import { mustExist } from './lookups.ts';

export type PrecedentRequest = {
  planId: string;
  otherPlanId: string;
  /** Default: each plan's latest version the reader can read that is not withdrawn. */
  versionId?: string | undefined;
  otherVersionId?: string | undefined;
};

export async function readPrecedent(reader: Repositories, request: PrecedentRequest): Promise<PlanPrecedent> {
  const [plan, other] = await Promise.all([
    sideOf(reader, request.planId, request.versionId, 'version'),
    sideOf(reader, request.otherPlanId, request.otherVersionId, 'otherVersion'),
  ]);
  const alignment = alignPlans(candidates(plan.side.points), candidates(other.side.points), {
    partiesA: plan.parties,
    partiesB: other.parties,
  });
  return {
    plan: plan.side,
    other: other.side,
    pairs: alignment.pairs.map((p) => ({
      pointId: p.a,
      otherPointId: p.b,
      score: p.score,
      categories: p.categories,
      keyTerms: p.keyTerms,
      units: p.units,
      textSimilarity: p.textSimilarity,
    })),
    onlyPlan: alignment.onlyA,
    onlyOther: alignment.onlyB,
  };
}

async function sideOf(reader: Repositories, planId: string, versionId: string | undefined, field: string) {
  const plan = await mustExist('plan', planId, (id) => reader.plans.get(id));
  const process = await mustExist('process', plan.processId, (id) => reader.processes.get(id));
  const version = versionId
    ? await mustExist('version', versionId, (id) => reader.versions.get(id))
    : latest(await reader.versions.listByPlan(plan.id));
  if (version === null)
    throw ruleBroken('the plan has no version to compare', [
      { path: field, message: 'the plan has no version you can read' },
    ]);
  if (version.planId !== plan.id)
    throw ruleBroken('the version belongs to another plan', [
      { path: field, message: 'must be a version of the plan in the path' },
    ]);
  const [points, parties] = await Promise.all([
    reader.points.listByVersion(version.id),
    reader.parties.listByProcess(process.id),
  ]);
  const side: PrecedentSide = {
    processId: process.id,
    processTitle: process.title,
    planId: plan.id,
    planTitle: plan.title,
    versionId: version.id,
    versionLabel: version.label,
    points: points.map(presentPoint),
  };
  return { side, parties: parties.map((p) => ({ name: p.name, aliases: p.aliases, kind: p.kind })) };
}

/** The newest version that stands (versions list in creation order); the newest withdrawn one if none does. */
function latest(versions: StoredVersion[]): StoredVersion | null {
  const standing = versions.filter((v) => v.withdrawal === null);
  return standing.at(-1) ?? versions.at(-1) ?? null;
}

const candidates = (points: Point[]): CandidatePoint[] =>
  points.map((p) => ({
    id: p.id,
    versionId: p.versionId,
    parentPointId: p.parentPointId,
    ordinal: p.ordinal,
    number: p.number,
    text: p.text,
    categories: p.categories,
    quantities: p.quantities,
    conditions: p.conditions,
  }));
