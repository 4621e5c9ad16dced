// Deliveries, consultations and statements, scoped in SQL like every read. Bodies are parsed with core's schemas,
// so a row corrupted in the database fails loudly instead of reaching a page.
import { Consultation, Delivery, isUuid, type ReadScope, Statement } from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { ConsultationRepository, DeliveryRepository, StatementRepository } from '../store.ts';
import { ALL_ROWS, rowAudience, visibleTo } from './scope.ts';

type BodyRow = { body: unknown; log_index: number; audience_kind: string; audience_parties: string[] };

function parsed<T>(schema: { parse(v: unknown): T }, r: BodyRow): T {
  return schema.parse({ ...(r.body as object), audience: rowAudience(r), logIndex: r.log_index });
}

export function toDelivery(r: Selectable<Database['deliveries']>): Delivery {
  return parsed(Delivery, r);
}

export function deliveryRepository(db: Kysely<Database>, scope: ReadScope = ALL_ROWS): DeliveryRepository {
  const select = () => db.selectFrom('deliveries').selectAll().where(visibleTo(scope, 'deliveries'));
  return {
    async listByVersion(versionId) {
      if (!isUuid(versionId)) return [];
      const rows = await select()
        .where('version_id', '=', versionId)
        .orderBy('delivered_at')
        .orderBy('id')
        .execute();
      return rows.map(toDelivery);
    },
    async listByProcess(processId) {
      if (!isUuid(processId)) return [];
      const rows = await select()
        .where('process_id', '=', processId)
        .orderBy('delivered_at')
        .orderBy('id')
        .execute();
      return rows.map(toDelivery);
    },
    async get(id) {
      if (!isUuid(id)) return null;
      const row = await select().where('id', '=', id).executeTakeFirst();
      return row ? toDelivery(row) : null;
    },
  };
}

export function consultationRepository(
  db: Kysely<Database>,
  scope: ReadScope = ALL_ROWS,
): ConsultationRepository {
  const select = () => db.selectFrom('consultations').selectAll().where(visibleTo(scope, 'consultations'));
  return {
    async listByProcess(processId) {
      if (!isUuid(processId)) return [];
      const rows = await select()
        .where('process_id', '=', processId)
        .orderBy('held_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => parsed(Consultation, r));
    },
    async get(id) {
      if (!isUuid(id)) return null;
      const row = await select().where('id', '=', id).executeTakeFirst();
      return row ? parsed(Consultation, row) : null;
    },
  };
}

export function statementRepository(db: Kysely<Database>, scope: ReadScope = ALL_ROWS): StatementRepository {
  const select = () => db.selectFrom('statements').selectAll().where(visibleTo(scope, 'statements'));
  return {
    async listByProcess(processId) {
      if (!isUuid(processId)) return [];
      const rows = await select()
        .where('process_id', '=', processId)
        .orderBy('made_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => parsed(Statement, r));
    },
    async get(id) {
      if (!isUuid(id)) return null;
      const row = await select().where('id', '=', id).executeTakeFirst();
      return row ? parsed(Statement, row) : null;
    },
  };
}
