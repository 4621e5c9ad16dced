// Log answers: binary values as standard base64, exactly what the ledger's verifiers take back.
import type { ConcordEvent } from '@concord/core';
import type { LogEntry, StoredCheckpoint } from '@concord/db';
import { toBase64 } from '@concord/ledger';

export type LogEntryJson = {
  index: number;
  eventId: string;
  type: string;
  event: ConcordEvent;
  /** The RFC 8785 text that was hashed; a verifier hashes exactly this with the salt. */
  canonical: string;
  salt: string;
  leafHash: string;
  committedAt: string;
};

export function presentLogEntry(e: LogEntry): LogEntryJson {
  return {
    index: e.index,
    eventId: e.eventId,
    type: e.type,
    event: e.event,
    canonical: e.canonical,
    salt: toBase64(e.salt),
    leafHash: toBase64(e.leafHash),
    committedAt: e.committedAt,
  };
}

export type CheckpointJson = { checkpoint: string; size: number; rootHash: string; verifierKey: string };

export function presentCheckpoint(c: StoredCheckpoint, verifierKey: string): CheckpointJson {
  return { checkpoint: c.note, size: c.size, rootHash: toBase64(c.rootHash), verifierKey };
}

export function presentProof(proof: Uint8Array[]): string[] {
  return proof.map(toBase64);
}
