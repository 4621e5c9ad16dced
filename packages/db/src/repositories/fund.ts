// Funds with their operations, scoped in SQL through their process's row.
import { type FundEntry, FundOperationEntry, isUuid, type ReadScope } from '@concord/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { FundRepository } from '../store.ts';
import { ALL_ROWS, visibleTo } from './scope.ts';

export function fundRepository(db: Kysely<Database>, scope: ReadScope = ALL_ROWS): FundRepository {
  const select = () =>
    db
      .selectFrom('funds')
      .innerJoin('processes', 'processes.id', 'funds.process_id')
      .selectAll('funds')
      .where(visibleTo(scope, 'processes', 'id'));
  type Row = Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number];
  const load = async (rows: Row[]): Promise<FundEntry[]> => {
    if (rows.length === 0) return [];
    const ops = await db
      .selectFrom('fund_operations')
      .selectAll()
      .where(
        'fund_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('log_index')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      processId: r.process_id,
      name: r.name,
      purpose: r.purpose,
      illustrative: r.illustrative,
      actor: r.actor,
      createdAt: r.created_at,
      logIndex: Number(r.log_index),
      operations: ops
        .filter((o) => o.fund_id === r.id)
        .map((o) =>
          FundOperationEntry.parse({
            ...(o.record as object),
            kind: o.kind,
            actor: o.actor,
            recordedAt: o.recorded_at,
            logIndex: Number(o.log_index),
          }),
        ),
    }));
  };
  return {
    async listByProcess(processId) {
      if (!isUuid(processId)) return [];
      return load(
        await select().where('funds.process_id', '=', processId).orderBy('funds.log_index').execute(),
      );
    },
    async get(fundId) {
      if (!isUuid(fundId)) return null;
      return (await load(await select().where('funds.id', '=', fundId).execute()))[0] ?? null;
    },
  };
}
