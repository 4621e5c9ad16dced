// A council, its seats, motions and votes: one row each; closing a motion sets its outcome as logged.
import type { CouncilMemberRecord, EventOf } from '@concord/core';
import type { ProjectionOp } from './ops.ts';
import { audienceColumns } from './visibility.ts';

type CouncilEvent =
  | EventOf<'council.created'>
  | EventOf<'council.member-added'>
  | EventOf<'motion.opened'>
  | EventOf<'vote.cast'>
  | EventOf<'motion.closed'>;

export function councilOps(event: CouncilEvent, logIndex: number): ProjectionOp[] {
  const shared = { log_index: logIndex, ...audienceColumns(event), process_id: event.scope?.processId };
  switch (event.type) {
    case 'council.created': {
      const c = event.data;
      const row = { id: c.id, name: c.name, mandate: c.mandate, rule: JSON.stringify(c.rule), ...shared };
      const council: ProjectionOp = {
        kind: 'insert',
        table: 'councils',
        rows: [{ ...row, process_id: c.processId }],
      };
      // The founding seats, after the council they reference.
      const seats = (c.seats ?? []).map((m) => seatRow(m, { ...shared, process_id: c.processId }));
      return seats.length === 0
        ? [council]
        : [council, { kind: 'insert', table: 'council_members', rows: seats }];
    }
    case 'council.member-added':
      return [{ kind: 'insert', table: 'council_members', rows: [seatRow(event.data, shared)] }];
    case 'motion.opened': {
      const m = event.data;
      const row = {
        id: m.id,
        council_id: m.councilId,
        kind: m.kind,
        title: m.title,
        text: m.text,
        ...shared,
      };
      const times = { opened_at: m.openedAt, closes_at: m.closesAt, closed_at: null, outcome: null };
      return [{ kind: 'insert', table: 'motions', rows: [{ ...row, ...times }] }];
    }
    case 'vote.cast': {
      const v = event.data;
      const row = { id: v.id, motion_id: v.motionId, member_id: v.memberId, choice: v.choice, ...shared };
      const who = { reason: v.reason, recorded_by: v.recordedBy, actor: event.actor, cast_at: event.at };
      return [{ kind: 'insert', table: 'council_votes', rows: [{ ...row, ...who }] }];
    }
    case 'motion.closed': {
      const c = event.data;
      const set = { closed_at: c.closedAt, outcome: JSON.stringify(c.outcome) };
      return [{ kind: 'update', table: 'motions', id: c.id, set, logIndex }];
    }
  }
}

function seatRow(m: CouncilMemberRecord, shared: Record<string, unknown>): Record<string, unknown> {
  const seat = { id: m.id, council_id: m.councilId, name: m.name, role: m.role };
  return { ...seat, party_id: m.partyId, account_id: m.accountId, ...shared };
}
