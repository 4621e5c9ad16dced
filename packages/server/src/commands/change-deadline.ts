// Moves a deadline (with the reason; every move is kept) or closes it as met or lifted. A closed deadline does
// not change again; "missed" is never recorded: it is read from the clock (core's deadlineState).
import { type Deadline, DeadlineClose, DeadlineMove, newEvent } from '@concord/core';
import type { Tx } from '@concord/db';
import type { z } from 'zod';
import { conflict, ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { pastOrNow } from './briefing-rules.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist, splitId } from './lookups.ts';

export type MoveDeadlineInput = { deadlineId: string } & z.input<typeof DeadlineMove>;
export type CloseDeadlineInput = { deadlineId: string } & z.input<typeof DeadlineClose>;

async function openDeadline(ctx: CommandContext, tx: Tx, id: string) {
  const deadline = await mustExist('deadline', id, (i) => tx.deadlines.get(i));
  const grant = permit(ctx, 'update', 'deadline', deadline, { what: 'deadline', id });
  if (deadline.outcome !== null)
    throw conflict(
      `this deadline was already ${deadline.outcome.kind} on ${deadline.outcome.at.slice(0, 10)}`,
    );
  const scope = { processId: deadline.processId, subjectId: id, audience: deadline.audience };
  return { deadline, grant, scope };
}

function notBeforeSet(deadline: Deadline, at: string): void {
  if (at < deadline.setAt)
    throw ruleBroken('this happened before the deadline was set', [
      { path: 'at', message: `must not be before ${deadline.setAt}` },
    ]);
}

export async function moveDeadline(ctx: CommandContext, input: MoveDeadlineInput): Promise<Deadline> {
  const { id, fields } = splitId(input, 'deadlineId');
  const move = validate(DeadlineMove, fields);
  return writeAs(ctx, async (tx) => {
    const { deadline, grant, scope } = await openDeadline(ctx, tx, id);
    if (move.dueAt === deadline.dueAt) throw conflict('the deadline is already due at that time');
    const at = pastOrNow(ctx, move.at, 'at');
    notBeforeSet(deadline, at);
    const data = { id, at, from: deadline.dueAt, to: move.dueAt, reason: move.reason };
    await tx.appendEvent(newEvent('deadline.moved', data, stamp(ctx, grant, scope)));
    return mustExist('deadline', id, (i) => tx.deadlines.get(i));
  });
}

export async function closeDeadline(ctx: CommandContext, input: CloseDeadlineInput): Promise<Deadline> {
  const { id, fields } = splitId(input, 'deadlineId');
  const close = validate(DeadlineClose, fields);
  return writeAs(ctx, async (tx) => {
    const { deadline, grant, scope } = await openDeadline(ctx, tx, id);
    const at = pastOrNow(ctx, close.at, 'at');
    notBeforeSet(deadline, at);
    const data = { id, outcome: close.outcome, at, note: close.note };
    await tx.appendEvent(newEvent('deadline.closed', data, stamp(ctx, grant, scope)));
    return mustExist('deadline', id, (i) => tx.deadlines.get(i));
  });
}
