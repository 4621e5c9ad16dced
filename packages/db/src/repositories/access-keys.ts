// Access keys on the store (not on Tx): operational configuration outside the log. Every call commits on its
// own, so a granted or revoked key takes effect for the next request once the promise resolves.
import { isUuid, LIMITS, nowIso, Principal, uuidv7 } from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import { StoreError } from '../errors.ts';
import type { Database } from '../schema.ts';
import type { AccessKeyRepository } from '../store.ts';
import { accessKeyHash, isAccessKeyShaped, newAccessKey } from './access-key-format.ts';

type Row = Selectable<Database['access_keys']>;

// A row the table holds is trusted no more than input: a corrupted role or id fails loudly, never widens access.
function principalOf(r: Row): Principal {
  return Principal.parse(
    r.role === 'party'
      ? { role: 'party', processId: r.process_id, partyId: r.party_id }
      : { role: r.role, processId: r.process_id },
  );
}

function checkedLabel(label: unknown): string {
  if (typeof label !== 'string') throw new StoreError('BAD_INPUT', 'access key label must be a string');
  const trimmed = label.trim();
  if (trimmed.length > LIMITS.label)
    throw new StoreError('BAD_INPUT', `access key label must be at most ${LIMITS.label} characters`);
  return trimmed;
}

function checkedPrincipal(principal: unknown): Principal {
  const parsed = Principal.safeParse(principal);
  if (!parsed.success)
    throw new StoreError(
      'BAD_INPUT',
      `access key principal refused: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    );
  return parsed.data;
}

/** The process must exist; a party key's party must exist and take part in that very process. */
async function checkPrincipalExists(db: Kysely<Database>, principal: Principal): Promise<void> {
  const process = await db
    .selectFrom('processes')
    .select('id')
    .where('id', '=', principal.processId)
    .executeTakeFirst();
  if (!process) throw new StoreError('BAD_INPUT', `no process ${principal.processId}`);
  if (principal.role !== 'party') return;
  const party = await db
    .selectFrom('parties')
    .select('process_id')
    .where('id', '=', principal.partyId)
    .executeTakeFirst();
  if (!party) throw new StoreError('BAD_INPUT', `no party ${principal.partyId}`);
  if (party.process_id !== principal.processId)
    throw new StoreError(
      'BAD_INPUT',
      `party ${principal.partyId} belongs to process ${party.process_id}, not to ${principal.processId}`,
    );
}

export function accessKeyRepository(db: Kysely<Database>): AccessKeyRepository {
  return {
    async grant(input) {
      const principal = checkedPrincipal(input?.principal);
      const label = checkedLabel(input?.label);
      const key = newAccessKey();
      const granted = { id: uuidv7(), key, principal, label, createdAt: nowIso() };
      await db.transaction().execute(async (trx) => {
        await checkPrincipalExists(trx, principal);
        await trx
          .insertInto('access_keys')
          .values({
            id: granted.id,
            key_hash: accessKeyHash(key),
            role: principal.role,
            process_id: principal.processId,
            party_id: principal.role === 'party' ? principal.partyId : null,
            label,
            created_at: granted.createdAt,
          })
          .execute();
      });
      return granted;
    },
    async resolve(key) {
      if (!isAccessKeyShaped(key)) return null;
      const row = await db
        .selectFrom('access_keys')
        .selectAll()
        .where('key_hash', '=', accessKeyHash(key))
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row ? { id: row.id, principal: principalOf(row), label: row.label } : null;
    },
    async list() {
      const rows = await db
        .selectFrom('access_keys')
        .selectAll()
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        principal: principalOf(r),
        label: r.label,
        createdAt: r.created_at,
        revokedAt: r.revoked_at,
      }));
    },
    async revoke(id) {
      if (!isUuid(id)) return false;
      const result = await db
        .updateTable('access_keys')
        .set({ revoked_at: nowIso() })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}
