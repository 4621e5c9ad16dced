// Sets up a fund of a process (a mediator or the operator): its name, its purpose, and whether its figures are
// illustrative. One `fund.created` event, as public as the process.
import { type FundAnswer, FundInput, type FundInputBody, Id, newEvent, uuidv7 } from '@concord/core';
import { fundView } from '@concord/core/fund';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist } from './lookups.ts';
import { processSubject } from './subjects.ts';

export type CreateFundInput = { processId: string } & FundInputBody;

export async function createFund(ctx: CommandContext, input: CreateFundInput): Promise<FundAnswer> {
  const { processId: rawId, ...fields } = (input ?? {}) as CreateFundInput;
  const processId = validate(Id, rawId, ['processId']);
  const f = validate(FundInput, fields);
  return writeAs(ctx, async (tx) => {
    const process = await processSubject(tx, processId);
    const grant = permit(ctx, 'create-fund', 'process', process.resource, { what: 'process', id: processId });
    const record = { id: uuidv7(ctx.clock().getTime()), processId, ...f };
    await tx.appendEvent(newEvent('fund.created', record, stamp(ctx, grant, process.scope)));
    return fundView(await mustExist('fund', record.id, (i) => tx.funds.get(i)));
  });
}
