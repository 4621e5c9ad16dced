// Records one operation on a fund (a mediator or the operator): a donor's pledge, a payment, an allocation to a
// project or a disbursement. The ledger (core fund/ledger.ts) decides on the fund's accepted operations replayed:
// a refusal is a 422 naming the invariant (its problem type is fund-<invariant>) and nothing is written; a payment
// above its pledge is accepted and logged as flagged. A disbursement's condition is evaluated here, against the
// tracked commitment's PAM status on the operation's day, and the status found is logged with it.
import {
  AllocationInput,
  type Audience,
  DisbursementInput,
  type FundAnswer,
  type FundOperationKind,
  Id,
  newEvent,
  PaymentInput,
  PledgeInput,
  type Process,
  statusOn,
  uuidv7,
} from '@concord/core';
import { applyOperation, fundView, replay, toOperation } from '@concord/core/fund';
import type { Repositories } from '@concord/db';
import { ProblemError, ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist } from './lookups.ts';
import { processSubject } from './subjects.ts';

const INPUT = {
  pledge: PledgeInput,
  payment: PaymentInput,
  allocation: AllocationInput,
  disbursement: DisbursementInput,
} as const;
const EVENT = {
  pledge: 'fund.pledged',
  payment: 'fund.paid',
  allocation: 'fund.allocated',
  disbursement: 'fund.disbursed',
} as const;

export type RecordFundOperationInput = { fundId: string; kind: FundOperationKind } & Record<string, unknown>;

export async function recordFundOperation(
  ctx: CommandContext,
  input: RecordFundOperationInput,
): Promise<FundAnswer> {
  const { fundId: rawId, kind, ...rest } = (input ?? {}) as RecordFundOperationInput;
  const fundId = validate(Id, rawId, ['fundId']);
  if (!Object.hasOwn(INPUT, kind)) throw ruleBroken(`no such fund operation: ${String(kind)}`);
  const today = ctx.clock().toISOString().slice(0, 10);
  const valid = validate(INPUT[kind], rest);
  const fields = { ...valid, on: valid.on ?? today };
  if (fields.on > today)
    throw ruleBroken('an operation is recorded once it has taken effect', [
      { path: 'on', message: `must be ${today} or earlier` },
    ]);
  return writeAs(ctx, async (tx) => {
    const fund = await mustExist('fund', fundId, (i) => tx.funds.get(i));
    const process = await processSubject(tx, fund.processId);
    const grant = permit(ctx, 'record-fund-operation', 'process', process.resource, {
      what: 'fund',
      id: fundId,
    });
    const id = uuidv7(ctx.clock().getTime());
    const statusFound =
      'condition' in fields
        ? await statusOnDay(tx, process.entity, fields.condition.commitmentId, fields.on)
        : null;
    const record = { ...fields, id, fundId, ...(kind === 'payment' ? { flagged: false } : {}) };
    const full = kind === 'disbursement' ? { ...record, statusFound } : record;
    const { state } = replay(fund.operations.map(toOperation));
    const applied = applyOperation(state, toOperation({ ...full, kind } as never));
    if (!applied.ok)
      throw new ProblemError({
        status: 422,
        slug: `fund-${applied.invariant}`,
        title: 'The operation would break an invariant of the fund',
        detail: applied.message,
        errors: [
          {
            path: applied.invariant === 'condition-not-met' ? 'condition' : 'amount',
            message: applied.message,
          },
        ],
      });
    const logged = kind === 'payment' ? { ...full, flagged: applied.entry.flagged } : full;
    await tx.appendEvent(newEvent(EVENT[kind], logged as never, stamp(ctx, grant, process.scope)));
    return fundView(await mustExist('fund', fundId, (i) => tx.funds.get(i)));
  });
}

/**
 * The commitment's PAM status on the day. The commitment must be tracked in the fund's own process and shared as
 * widely as the fund (public, or exactly the process's audience): whoever reads the fund reads the condition.
 */
async function statusOnDay(tx: Repositories, process: Process, commitmentId: string, on: string) {
  const tracked = await tx.tracking.get(commitmentId);
  const wide = (a: Audience) => a.kind === 'public' || JSON.stringify(a) === JSON.stringify(process.audience);
  if (tracked === null || tracked.processId !== process.id || !wide(tracked.audience))
    throw ruleBroken('a disbursement waits on a commitment tracked in the same process and read as widely', [
      {
        path: 'condition.commitmentId',
        message: 'must be a tracked commitment of this process, shared like it',
      },
    ]);
  return statusOn(tracked.statuses, on)?.score ?? null;
}
