// Log answers: binary values as standard base64, exactly what the ledger's verifiers take back. An entry whose
// event the caller may not read keeps only what the public tree holds anyway: its index, leaf hash and time.
// The salt goes too: with it, a guessed valuation could be confirmed against the leaf hash.
import { type ConcordEvent, can, type Principal } from '@concord/core';
import type { LogEntry, StoredCheckpoint } from '@concord/db';
import { toBase64 } from '@concord/ledger';
import { type EntryNames, entryWords } from './entry-words.ts';

export type LogEntryJson =
  | {
      index: number;
      confidential: false;
      eventId: string;
      type: string;
      event: ConcordEvent;
      /** The RFC 8785 text that was hashed; a verifier hashes exactly this with the salt. */
      canonical: string;
      salt: string;
      leafHash: string;
      committedAt: string;
      /** Who did what to which object of which process, in words, naming only what the caller may read. */
      summary: string | null;
    }
  | {
      index: number;
      confidential: true;
      eventId: null;
      type: null;
      event: null;
      canonical: null;
      salt: null;
      leafHash: string;
      committedAt: string;
      summary: null;
    };

/** Whether `principal` may read the body of entry `e` (else only its index, leaf hash and time are given). */
export function mayReadEntry(e: LogEntry, principal: Principal | null): boolean {
  // The audience is the one the store keeps current for the object the entry is about (widened by sharing).
  const resource = {
    processId: e.processId ?? '',
    audience: e.audience,
    valuationOf: e.event.type === 'valuation.recorded' ? e.event.data.partyId : null,
    positionOf: e.event.type === 'position.recorded' && !e.event.data.published ? e.event.data.partyId : null,
    // Sealed marks: their party's delegates alone read the body (see core's policy, 'log-entry').
    marksOf: e.event.type === 'acceptability.marked' ? e.event.data.partyId : null,
  };
  return can(principal, 'read', 'log-entry', resource);
}

/** `names` (entry-names.ts, read as the same principal) gives the entry's summary in words. */
export function presentLogEntry(e: LogEntry, principal: Principal | null, names?: EntryNames): LogEntryJson {
  if (!mayReadEntry(e, principal)) {
    return {
      index: e.index,
      confidential: true,
      eventId: null,
      type: null,
      event: null,
      canonical: null,
      salt: null,
      leafHash: toBase64(e.leafHash),
      committedAt: e.committedAt,
      summary: null,
    };
  }
  return {
    index: e.index,
    confidential: false,
    eventId: e.eventId,
    type: e.type,
    event: e.event,
    canonical: e.canonical,
    salt: toBase64(e.salt),
    leafHash: toBase64(e.leafHash),
    committedAt: e.committedAt,
    summary: names ? entryWords(e.event, names) : null,
  };
}

export type CheckpointJson = { checkpoint: string; size: number; rootHash: string; verifierKey: string };

export function presentCheckpoint(c: StoredCheckpoint, verifierKey: string): CheckpointJson {
  return { checkpoint: c.note, size: c.size, rootHash: toBase64(c.rootHash), verifierKey };
}

export function presentProof(proof: Uint8Array[]): string[] {
  return proof.map(toBase64);
}
