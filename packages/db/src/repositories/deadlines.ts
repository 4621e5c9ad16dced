// Deadlines, scoped in SQL; a deadline's moves are read only for the deadlines the reader may see.
import { Deadline, isUuid, type ReadScope } from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { DeadlineRepository } from '../store.ts';
import { ALL_ROWS, rowAudience, visibleTo } from './scope.ts';

type Row = Selectable<Database['deadlines']>;
type MoveRow = Selectable<Database['deadline_moves']>;

function toDeadline(r: Row, moves: MoveRow[]): Deadline {
  return Deadline.parse({
    id: r.id,
    processId: r.process_id,
    versionId: r.version_id,
    title: r.title,
    dueAt: r.due_at,
    setAt: r.set_at,
    setBy: r.set_by,
    note: r.note,
    moves: moves.map((m) => ({ at: m.moved_at, from: m.from_at, to: m.to_at, reason: m.reason })),
    outcome: r.outcome === null ? null : { kind: r.outcome, at: r.outcome_at, note: r.outcome_note },
    audience: rowAudience(r),
    logIndex: r.log_index,
  });
}

export function deadlineRepository(db: Kysely<Database>, scope: ReadScope = ALL_ROWS): DeadlineRepository {
  const withMoves = async (rows: Row[]): Promise<Deadline[]> => {
    if (rows.length === 0) return [];
    const moves = await db
      .selectFrom('deadline_moves')
      .selectAll()
      .where(
        'deadline_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('log_index')
      .execute();
    return rows.map((r) =>
      toDeadline(
        r,
        moves.filter((m) => m.deadline_id === r.id),
      ),
    );
  };
  const select = () => db.selectFrom('deadlines').selectAll().where(visibleTo(scope, 'deadlines'));
  return {
    async listByProcess(processId) {
      if (!isUuid(processId)) return [];
      return withMoves(
        await select().where('process_id', '=', processId).orderBy('due_at').orderBy('id').execute(),
      );
    },
    async get(id) {
      if (!isUuid(id)) return null;
      const row = await select().where('id', '=', id).executeTakeFirst();
      return row ? ((await withMoves([row]))[0] ?? null) : null;
    },
  };
}
