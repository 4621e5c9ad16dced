// A process's funds as the caller may read them (through the process), each with its balances and journal as
// the ledger derives them, and whether the caller may set funds up and record operations.
import { abilities, type FundsAnswer, type Principal } from '@concord/core';
import { fundView } from '@concord/core/fund';
import type { Repositories } from '@concord/db';
import { mustExist } from './lookups.ts';

export async function readFunds(
  reader: Repositories,
  principal: Principal | null,
  processId: string,
): Promise<FundsAnswer> {
  // A process the caller may not read does not exist for it (404), as for its other lists.
  const process = await mustExist('process', processId, (id) => reader.processes.get(id));
  const funds = await reader.funds.listByProcess(processId);
  const may = abilities(principal, 'process', { processId, audience: process.audience });
  return {
    items: funds.map(fundView),
    mayCreate: may['create-fund'],
    mayRecord: may['record-fund-operation'],
  };
}
