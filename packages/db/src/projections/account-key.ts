// Account keys and signatures on agreed texts. A rotation ends the old key at the rotation's time and starts the
// new one; a revocation ends the key with its reason. The event's time is when a key starts or stops being valid.
import type { EventOf } from '@concord/core';
import type { ProjectionOp } from './ops.ts';

type KeyEvent =
  | EventOf<'key.registered'>
  | EventOf<'key.rotated'>
  | EventOf<'key.revoked'>
  | EventOf<'version.signed'>;

export function accountKeyOps(event: KeyEvent, logIndex: number): ProjectionOp[] {
  switch (event.type) {
    case 'key.registered':
    case 'key.rotated': {
      const k = event.data;
      const previous = event.type === 'key.rotated' ? event.data.previousKeyId : null;
      const row = { id: k.id, account_id: k.accountId, public_key: k.publicKey, label: k.label };
      const validity = { valid_from: event.at, valid_until: null, ended: null, reason: null };
      const ops: ProjectionOp[] = [];
      if (previous !== null) {
        const set = { valid_until: event.at, ended: 'rotated' };
        ops.push({ kind: 'update', table: 'account_keys', id: previous, set, logIndex });
      }
      const inserted = { ...row, ...validity, previous_key_id: previous, log_index: logIndex };
      ops.push({ kind: 'insert', table: 'account_keys', rows: [inserted] });
      return ops;
    }
    case 'key.revoked': {
      const set = { valid_until: event.at, ended: 'revoked', reason: event.data.reason };
      return [{ kind: 'update', table: 'account_keys', id: event.data.id, set, logIndex }];
    }
    case 'version.signed': {
      const s = event.data;
      const row = {
        id: s.id,
        version_id: s.versionId,
        process_id: s.processId,
        party_id: s.partyId,
        account_id: s.accountId,
        key_id: s.keyId,
        version_hash: s.versionHash,
        signature: s.signature,
        signed_at: event.at,
        log_index: logIndex,
      };
      return [{ kind: 'insert', table: 'version_signatures', rows: [row] }];
    }
  }
}
