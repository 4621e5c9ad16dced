// Sets up a council for a process (the mediators do): its name, mandate, decision rule and founding seats (those
// holding a veto marked: a seat has no id before, so the rule's veto holders are filled in here); more seats can
// be added later. One `council.created` event. Its audience (public unless asked otherwise, never wider than the
// process's) is that of everything under it.
import {
  type Council,
  CouncilCreate,
  type CouncilCreateBody,
  type FoundingSeat,
  Id,
  newEvent,
  uuidv7,
} from '@concord/core';
import type { Repositories } from '@concord/db';
import { ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { assertSeatRefs } from './add-council-member.ts';
import { assertAudience } from './audience-rules.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist } from './lookups.ts';
import { processSubject } from './subjects.ts';

export type CreateCouncilInput = { processId: string } & CouncilCreateBody;

export async function createCouncil(ctx: CommandContext, input: CreateCouncilInput): Promise<Council> {
  const { processId: rawId, ...fields } = (input ?? {}) as CreateCouncilInput;
  const processId = validate(Id, rawId, ['processId']);
  const c = validate(CouncilCreate, fields);
  return writeAs(ctx, async (tx) => {
    const process = await processSubject(tx, processId);
    const grant = permit(ctx, 'create-council', 'process', process.resource, {
      what: 'process',
      id: processId,
    });
    // A seat has no id before the council is founded, so vetoes are named on the founding seats instead.
    if (c.rule.vetoHolders.length > 0)
      throw ruleBroken('name veto holders on the founding seats (veto: true)', [
        { path: 'rule.vetoHolders', message: 'must be empty: mark the founding seats that hold a veto' },
      ]);
    await assertAudience(tx, processId, c.audience, process.entity.audience, 'audience');
    const id = uuidv7(ctx.clock().getTime());
    const seats = await foundingSeats(tx, processId, id, c.seats);
    const vetoHolders = seats.filter((s) => s.veto).map((s) => s.record.id);
    const rule = { ...c.rule, vetoHolders };
    const founded = seats.length === 0 ? {} : { seats: seats.map((s) => s.record) };
    const record = { id, processId, name: c.name, mandate: c.mandate, rule, ...founded };
    const scope = { processId, subjectId: id, audience: c.audience };
    await tx.appendEvent(newEvent('council.created', record, stamp(ctx, grant, scope)));
    return mustExist('council', id, (i) => tx.councils.get(i));
  });
}

// Each founding seat checked as an added one would be, with its id; at most one chair, and no observer's veto.
async function foundingSeats(tx: Repositories, processId: string, councilId: string, seats: FoundingSeat[]) {
  if (seats.filter((s) => s.role === 'chair').length > 1)
    throw ruleBroken('a council has one chair', [{ path: 'seats', message: 'at most one chair' }]);
  const accounts = seats.flatMap((s) => (s.accountId === null ? [] : [s.accountId]));
  if (new Set(accounts).size !== accounts.length)
    throw ruleBroken('an account holds one seat', [{ path: 'seats', message: 'one seat per account' }]);
  const out = [];
  for (const [i, { veto, ...seat }] of seats.entries()) {
    if (veto && seat.role === 'observer')
      throw ruleBroken('an observer does not vote, so holds no veto', [
        { path: `seats.${i}.veto`, message: 'only a voting seat holds a veto' },
      ]);
    await assertSeatRefs(tx, processId, seat, `seats.${i}.`);
    out.push({ veto, record: { id: uuidv7(), councilId, ...seat } });
  }
  return out;
}
