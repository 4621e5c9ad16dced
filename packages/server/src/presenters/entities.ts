// Entity → JSON. Every answer goes through a presenter that names the fields it lets out, so a column added
// to a read table never leaks by accident. What reaches a presenter was already scoped to the caller by the
// store (`readAs`); each shared object also carries its audience and what the caller may do with it
// (`abilities`, from the one policy), so the web app shows or hides actions without re-deriving roles.
import {
  type Audience,
  abilities,
  type Commitment,
  type Condition,
  frozenBecause,
  type Party,
  type Plan,
  type Point,
  type Principal,
  type Process,
  type StoredVersion,
} from '@concord/core';
import type { PlanDetail, ProcessDetail, VersionDetail } from '../types.ts';

export type Abilities = Record<string, boolean>;
type WithAbilities<T> = T & { abilities: Abilities };

function presentAudience(a: Audience): Audience {
  return a.kind === 'parties' ? { kind: 'parties', partyIds: [...a.partyIds] } : { kind: a.kind };
}

export function presentProcess(p: Process, principal: Principal | null): WithAbilities<Process> {
  return {
    id: p.id,
    title: p.title,
    description: p.description,
    createdAt: p.createdAt,
    audience: presentAudience(p.audience),
    logIndex: p.logIndex,
    abilities: abilities(principal, 'process', { processId: p.id, audience: p.audience }),
  };
}

export function presentParty(p: Party): Party {
  return {
    id: p.id,
    processId: p.processId,
    name: p.name,
    kind: p.kind,
    aliases: [...p.aliases],
    logIndex: p.logIndex,
  };
}

export function presentPlan(p: Plan, principal: Principal | null): WithAbilities<Plan> {
  return {
    id: p.id,
    processId: p.processId,
    title: p.title,
    mediatorPartyId: p.mediatorPartyId,
    languages: [...p.languages],
    audience: presentAudience(p.audience),
    logIndex: p.logIndex,
    abilities: abilities(principal, 'plan', { processId: p.processId, audience: p.audience }),
  };
}

/**
 * A version's abilities include the analysis of its plan (`read-full`, `read-own`). A frozen version (circulated,
 * final or withdrawn) is not `edit`able by anyone, and a withdrawn one cannot be withdrawn again: the abilities
 * say what the server would allow now, so the web app offers nothing it would refuse.
 */
export function presentVersion(
  v: StoredVersion,
  processId: string,
  principal: Principal | null,
): WithAbilities<StoredVersion> {
  const policy = abilities(principal, 'version', { processId, audience: v.audience });
  return {
    id: v.id,
    planId: v.planId,
    parentVersionId: v.parentVersionId,
    label: v.label,
    issuedOn: v.issuedOn,
    status: v.status,
    note: v.note,
    audience: presentAudience(v.audience),
    logIndex: v.logIndex,
    withdrawal: v.withdrawal === null ? null : { reason: v.withdrawal.reason, at: v.withdrawal.at },
    abilities: {
      ...policy,
      edit: policy.edit && frozenBecause(v) === null,
      withdraw: policy.withdraw && v.withdrawal === null,
      ...abilities(principal, 'analysis', { processId }),
    },
  };
}

export function presentPoint(p: Point): Point {
  return {
    id: p.id,
    versionId: p.versionId,
    lineageId: p.lineageId,
    parentPointId: p.parentPointId,
    derivedFrom: p.derivedFrom.map((d) => ({ pointId: d.pointId, operation: d.operation })),
    ordinal: p.ordinal,
    number: p.number,
    text: { ...p.text },
    categories: [...p.categories],
    quantities: p.quantities.map((q) => ({ value: q.value, unit: q.unit, text: q.text })),
    conditions: p.conditions.map(presentCondition),
    note: p.note,
    logIndex: p.logIndex,
  };
}

export function presentCommitment(c: Commitment): Commitment {
  return {
    id: c.id,
    versionId: c.versionId,
    pointId: c.pointId,
    obligor: c.obligor,
    beneficiary: c.beneficiary,
    action: c.action,
    due: c.due === null ? null : 'date' in c.due ? { date: c.due.date } : { event: c.due.event },
    verification: c.verification,
    logIndex: c.logIndex,
  };
}

export function presentProcessDetail(d: ProcessDetail, principal: Principal | null) {
  return {
    ...presentProcess(d, principal),
    parties: d.parties.map(presentParty),
    plans: d.plans.map((p) => presentPlan(p, principal)),
  };
}

export function presentPlanDetail(d: PlanDetail, principal: Principal | null) {
  return {
    ...presentPlan(d, principal),
    versions: d.versions.map((v) => presentVersion(v, d.processId, principal)),
  };
}

export function presentVersionDetail(d: VersionDetail, principal: Principal | null) {
  return {
    ...presentVersion(d, d.processId, principal),
    processId: d.processId,
    points: d.points.map(presentPoint),
    commitments: d.commitments.map(presentCommitment),
  };
}

function presentCondition(c: Condition): Condition {
  return { if: c.if, then: c.then };
}
