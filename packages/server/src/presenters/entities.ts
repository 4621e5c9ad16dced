// Entity → JSON. Every answer goes through a presenter that names the fields it lets out, so a column added
// to a read table never leaks by accident; per-recipient redaction (visibility) will live here too. For now
// everything in these entities is public.
import type { Commitment, Condition, Party, Plan, Point, Process, Version } from '@concord/core';
import type { PlanDetail, ProcessDetail, VersionDetail } from '../types.ts';

export function presentProcess(p: Process): Process {
  return {
    id: p.id,
    title: p.title,
    description: p.description,
    createdAt: p.createdAt,
    logIndex: p.logIndex,
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

export function presentPlan(p: Plan): Plan {
  return {
    id: p.id,
    processId: p.processId,
    title: p.title,
    mediatorPartyId: p.mediatorPartyId,
    logIndex: p.logIndex,
  };
}

export function presentVersion(v: Version): Version {
  return {
    id: v.id,
    planId: v.planId,
    parentVersionId: v.parentVersionId,
    label: v.label,
    issuedOn: v.issuedOn,
    status: v.status,
    note: v.note,
    logIndex: v.logIndex,
  };
}

export function presentPoint(p: Point): Point {
  return {
    id: p.id,
    versionId: p.versionId,
    lineageId: p.lineageId,
    parentPointId: p.parentPointId,
    ordinal: p.ordinal,
    number: p.number,
    text: { ...p.text },
    categories: [...p.categories],
    quantities: p.quantities.map((q) => ({ value: q.value, unit: q.unit, text: q.text })),
    conditions: p.conditions.map(presentCondition),
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

export function presentProcessDetail(d: ProcessDetail): ProcessDetail {
  return { ...presentProcess(d), parties: d.parties.map(presentParty), plans: d.plans.map(presentPlan) };
}

export function presentPlanDetail(d: PlanDetail): PlanDetail {
  return { ...presentPlan(d), versions: d.versions.map(presentVersion) };
}

export function presentVersionDetail(d: VersionDetail): VersionDetail {
  return {
    ...presentVersion(d),
    points: d.points.map(presentPoint),
    commitments: d.commitments.map(presentCommitment),
  };
}

function presentCondition(c: Condition): Condition {
  return { if: c.if, then: c.then };
}
