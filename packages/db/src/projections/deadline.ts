// A deadline's row holds its current due time and how it ended; each move is a row of its own (the history).
import type { EventOf } from '@concord/core';
import type { ProjectionOp } from './ops.ts';
import { audienceColumns } from './visibility.ts';

type DeadlineEvent = EventOf<'deadline.set'> | EventOf<'deadline.moved'> | EventOf<'deadline.closed'>;

export function deadlineOps(event: DeadlineEvent, logIndex: number): ProjectionOp[] {
  if (event.type === 'deadline.set') {
    const d = event.data;
    const row = {
      id: d.id,
      process_id: d.processId,
      version_id: d.versionId,
      title: d.title,
      due_at: d.dueAt,
      set_at: d.setAt,
      set_by: d.setBy,
      note: d.note,
      outcome: null,
      outcome_at: null,
      outcome_note: null,
      log_index: logIndex,
      ...audienceColumns(event),
    };
    return [{ kind: 'insert', table: 'deadlines', rows: [row] }];
  }
  if (event.type === 'deadline.moved') {
    const m = event.data;
    return [
      { kind: 'update', table: 'deadlines', id: m.id, set: { due_at: m.to }, logIndex },
      {
        kind: 'insert',
        table: 'deadline_moves',
        rows: [
          {
            id: event.id,
            deadline_id: m.id,
            moved_at: m.at,
            from_at: m.from,
            to_at: m.to,
            reason: m.reason,
            log_index: logIndex,
          },
        ],
      },
    ];
  }
  const c = event.data;
  return [
    {
      kind: 'update',
      table: 'deadlines',
      id: c.id,
      set: { outcome: c.outcome, outcome_at: c.at, outcome_note: c.note },
      logIndex,
    },
  ];
}
