// Deliveries, consultations, statements, deadlines, receipts and timeline items → JSON. Routes hand these only
// what the caller's scoped reads hold; each presenter names every field it lets out.
import {
  type Audience,
  abilities,
  type Consultation,
  type DeadlineState,
  type Delivery,
  type Principal,
  type Receipt,
  type Statement,
  type TimelineItem,
} from '@concord/core';
import type { DeadlineWithState, ProcessBriefing, VersionBriefing } from '../commands/read-briefing.ts';
import { presentParty } from './entities.ts';

function audience(a: Audience): Audience {
  return a.kind === 'parties' ? { kind: 'parties', partyIds: [...a.partyIds] } : { kind: a.kind };
}

export function presentDelivery(d: Delivery): Delivery {
  return {
    id: d.id,
    processId: d.processId,
    planId: d.planId,
    versionId: d.versionId,
    partyId: d.partyId,
    viaPartyId: d.viaPartyId,
    deliveredAt: d.deliveredAt,
    deliveredBy: d.deliveredBy,
    form: d.form,
    note: d.note,
    audience: audience(d.audience),
    logIndex: d.logIndex,
  };
}

export function presentConsultation(c: Consultation): Consultation {
  return {
    id: c.id,
    processId: c.processId,
    kind: c.kind,
    heldAt: c.heldAt,
    title: c.title,
    partyIds: [...c.partyIds],
    viaPartyId: c.viaPartyId,
    versionId: c.versionId,
    participants: c.participants,
    place: c.place,
    summary: c.summary,
    audience: audience(c.audience),
    logIndex: c.logIndex,
  };
}

export function presentStatement(s: Statement): Statement {
  return {
    id: s.id,
    processId: s.processId,
    kind: s.kind,
    madeAt: s.madeAt,
    speaker: s.speaker,
    partyId: s.partyId,
    outlet: s.outlet,
    quote: s.quote,
    summary: s.summary,
    sourceUrl: s.sourceUrl,
    versionId: s.versionId,
    audience: audience(s.audience),
    logIndex: s.logIndex,
  };
}

function presentState(s: DeadlineState): DeadlineState {
  return { ...s };
}

export type PresentedDeadline = DeadlineWithState & { abilities: Record<string, boolean> };

export function presentDeadline(d: DeadlineWithState, principal: Principal | null): PresentedDeadline {
  return {
    id: d.id,
    processId: d.processId,
    versionId: d.versionId,
    title: d.title,
    dueAt: d.dueAt,
    setAt: d.setAt,
    setBy: d.setBy,
    note: d.note,
    moves: d.moves.map((m) => ({ at: m.at, from: m.from, to: m.to, reason: m.reason })),
    outcome: d.outcome === null ? null : { kind: d.outcome.kind, at: d.outcome.at, note: d.outcome.note },
    audience: audience(d.audience),
    logIndex: d.logIndex,
    state: presentState(d.state),
    abilities: abilities(principal, 'deadline', { processId: d.processId, audience: d.audience }),
  };
}

function presentReceipt(r: Receipt): Receipt {
  return {
    partyId: r.partyId,
    status: r.status,
    at: r.at,
    deliveryId: r.deliveryId,
    deliveredBy: r.deliveredBy,
    form: r.form,
  };
}

export function presentVersionBriefing(b: VersionBriefing) {
  return {
    versionId: b.versionId,
    processId: b.processId,
    parties: b.parties.map(presentParty),
    receipts: b.receipts.map(presentReceipt),
    notBriefed: [...b.notBriefed],
    deliveries: b.deliveries.map(presentDelivery),
  };
}

export function presentProcessBriefing(b: ProcessBriefing) {
  return {
    processId: b.processId,
    parties: b.parties.map(presentParty),
    versions: b.versions.map((v) => ({
      id: v.id,
      planId: v.planId,
      label: v.label,
      receipts: v.receipts.map(presentReceipt),
      notBriefed: [...v.notBriefed],
    })),
  };
}

export function presentTimelineItem(item: TimelineItem): TimelineItem {
  switch (item.kind) {
    case 'version-issued':
      return {
        kind: item.kind,
        at: item.at,
        version: { id: item.version.id, planId: item.version.planId, label: item.version.label },
      };
    case 'delivery':
      return { kind: item.kind, at: item.at, delivery: presentDelivery(item.delivery) };
    case 'consultation':
      return { kind: item.kind, at: item.at, consultation: presentConsultation(item.consultation) };
    case 'statement':
      return { kind: item.kind, at: item.at, statement: presentStatement(item.statement) };
    case 'deadline': {
      const d = item.deadline;
      return {
        kind: item.kind,
        at: item.at,
        happened: item.happened,
        deadline: {
          id: d.id,
          processId: d.processId,
          versionId: d.versionId,
          title: d.title,
          dueAt: d.dueAt,
          setAt: d.setAt,
          setBy: d.setBy,
          note: d.note,
          moves: d.moves.map((m) => ({ at: m.at, from: m.from, to: m.to, reason: m.reason })),
          outcome: d.outcome === null ? null : { ...d.outcome },
          audience: audience(d.audience),
          logIndex: d.logIndex,
        },
        move: item.move === null ? null : { ...item.move },
      };
    }
  }
}
