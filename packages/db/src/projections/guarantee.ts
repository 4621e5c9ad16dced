// Guarantees: the process's rules (one row, replaced whole), each notification and finding, and each change of a
// case as logged. Who did it and when are the event's actor and time.
import type { EventOf } from '@concord/core';
import type { ProjectionOp } from './ops.ts';

type GuaranteeEvent =
  | EventOf<'guarantee.rules-set'>
  | EventOf<'guarantee.notified'>
  | EventOf<'guarantee.finding-recorded'>
  | EventOf<'guarantee.case-changed'>;

export function guaranteeOps(event: GuaranteeEvent, logIndex: number): ProjectionOp[] {
  const by = { actor: event.actor, log_index: logIndex };
  switch (event.type) {
    case 'guarantee.rules-set': {
      const { processId, rules, reason } = event.data;
      const row = { id: processId, rules: JSON.stringify(rules), reason, ...by, set_at: event.at };
      return [{ kind: 'upsert', table: 'guarantee_rules', row, conflict: ['id'] }];
    }
    case 'guarantee.notified': {
      const n = event.data;
      const row = { id: n.id, process_id: n.processId, notification: JSON.stringify(n) };
      return [
        {
          kind: 'insert',
          table: 'guarantee_notifications',
          rows: [{ ...row, ...by, notified_at: event.at }],
        },
      ];
    }
    case 'guarantee.finding-recorded': {
      const f = event.data;
      const row = { id: f.id, process_id: f.processId, finding: JSON.stringify(f) };
      return [
        { kind: 'insert', table: 'guarantee_findings', rows: [{ ...row, ...by, recorded_at: event.at }] },
      ];
    }
    case 'guarantee.case-changed': {
      const c = event.data;
      const row = {
        id: event.id,
        process_id: c.processId,
        case_id: c.case,
        rule_id: c.rule,
        seq: c.seq,
        kind: c.change.kind,
        change: JSON.stringify(c.change),
      };
      return [
        { kind: 'insert', table: 'guarantee_case_changes', rows: [{ ...row, ...by, logged_at: event.at }] },
      ];
    }
  }
}
