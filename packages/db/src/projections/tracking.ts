// Implementation tracking: one row per tracked commitment, per status set and per milestone, as logged. The
// status's author and time are the event's actor and time (who set it, when).
import type { EventOf } from '@concord/core';
import type { ProjectionOp } from './ops.ts';

type TrackingEvent =
  | EventOf<'commitment.tracked'>
  | EventOf<'commitment.status-set'>
  | EventOf<'milestone.recorded'>;

export function trackingOps(event: TrackingEvent, logIndex: number): ProjectionOp[] {
  switch (event.type) {
    case 'commitment.tracked': {
      const t = event.data;
      const row = {
        id: t.commitmentId,
        process_id: t.processId,
        version_id: t.versionId,
        due: t.due === null ? null : JSON.stringify(t.due),
        weight: t.weight,
        parent_id: t.parentId,
        indicators: JSON.stringify(t.indicators),
        log_index: logIndex,
      };
      return [{ kind: 'insert', table: 'commitment_tracking', rows: [row] }];
    }
    case 'commitment.status-set': {
      const s = event.data;
      const row = {
        id: s.id,
        commitment_id: s.commitmentId,
        process_id: event.scope?.processId,
        score: s.score,
        on_day: s.on,
        reason: s.reason,
        evidence: JSON.stringify(s.evidence),
        actor: event.actor,
        set_at: event.at,
        log_index: logIndex,
      };
      return [{ kind: 'insert', table: 'commitment_statuses', rows: [row] }];
    }
    case 'milestone.recorded': {
      const m = event.data;
      const row = { id: m.id, process_id: m.processId, key: m.key, label: m.label };
      const rest = { occurred_at: m.occurredAt, note: m.note, log_index: logIndex };
      return [{ kind: 'insert', table: 'milestones', rows: [{ ...row, ...rest }] }];
    }
  }
}
