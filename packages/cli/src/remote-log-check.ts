// `concord log check --url`: check a running server's log over HTTP, with nothing but what any reader gets. The
// latest checkpoint's signature is verified with the key the server names (printed, so it can be compared with
// one known from elsewhere, or pinned with --verifier-key); every entry up to its size is read page by page, the
// leaf of each readable entry recomputed from its salt and canonical text, and the root of all leaves compared
// with the signed root. Entries the caller may not read give their leaf hash only: they are counted in the tree
// but their content cannot be checked, and the verdict says how many.
import { bytesEqual, CompactRange, eventLeafHash, fromBase64, toBase64 } from '@concord/ledger';
import {
  type Check,
  checkGrowth,
  keyFingerprint,
  missingGrowthProof,
  type RememberedCheckpoint,
  readVerifierKey,
  verifySignedCheckpoint,
} from '@concord/ledger/verify';

export type Fetch = (url: string) => Promise<Response>;

type CheckpointAnswer = { checkpoint: string; size: number; rootHash: string; verifierKey: string };
type EntryAnswer = {
  index: number;
  confidential: boolean;
  canonical: string | null;
  salt: string | null;
  leafHash: string;
};
type EntriesPage = { items: EntryAnswer[]; next: number | null };

export type RemoteCheck =
  | {
      ok: true;
      size: number;
      confidential: number;
      keyId: string;
      /** The log's name (its checkpoint origin), the key used and the signed root: what a reader remembers. */
      logName: string;
      verifierKey: string;
      rootHash: string;
    }
  | { ok: false; index: number | null; reason: string };

export async function checkRemoteLog(
  base: string,
  options: {
    fetch?: Fetch;
    verifierKey?: string;
    sleep?: (ms: number) => Promise<void>;
    pageSize?: number;
  } = {},
): Promise<RemoteCheck> {
  const get = getter(base, options.fetch ?? fetch, options.sleep ?? wait);
  const head = await get<CheckpointAnswer>('/api/log/checkpoint');
  const key = options.verifierKey ?? head.verifierKey;
  let signed: ReturnType<typeof verifySignedCheckpoint>;
  try {
    signed = verifySignedCheckpoint(head.checkpoint, key);
  } catch (error) {
    return { ok: false, index: null, reason: `the checkpoint does not verify: ${(error as Error).message}` };
  }
  const tree = new CompactRange();
  let confidential = 0;
  let from: number | null = 0;
  while (from !== null && tree.size < signed.size) {
    const page: EntriesPage = await get<EntriesPage>(
      `/api/log/entries?from=${from}&limit=${options.pageSize ?? 100}`,
    );
    for (const entry of page.items) {
      if (tree.size >= signed.size) break;
      const bad = checkEntry(entry, tree.size);
      if (bad !== null) return { ok: false, index: tree.size, reason: bad };
      if (entry.confidential) confidential++;
      tree.append(fromBase64(entry.leafHash));
    }
    if (page.items.length === 0) break;
    from = page.next;
  }
  if (tree.size < signed.size)
    return { ok: false, index: tree.size, reason: `the server gave ${tree.size} of ${signed.size} entries` };
  if (!bytesEqual(tree.root(), signed.rootHash))
    return {
      ok: false,
      index: null,
      reason: `the entries' root ${toBase64(tree.root())} is not the signed root ${toBase64(signed.rootHash)}`,
    };
  return {
    ok: true,
    size: signed.size,
    confidential,
    keyId: keyFingerprint(readVerifierKey(key)),
    logName: signed.origin,
    verifierKey: key,
    rootHash: toBase64(signed.rootHash),
  };
}

/**
 * Whether the log only grew since a checkpoint this reader saw earlier (a consistency proof from the server,
 * checked here); a failed or missing proof is a failed check naming what happened.
 */
export async function checkGrowthSince(
  base: string,
  previous: RememberedCheckpoint,
  current: { size: number; rootHash: string },
  options: { fetch?: Fetch; sleep?: (ms: number) => Promise<void> } = {},
): Promise<Check> {
  const head = { size: current.size, rootHash: fromBase64(current.rootHash) };
  if (previous.size >= current.size) return checkGrowth(previous, head, []);
  const get = getter(base, options.fetch ?? fetch, options.sleep ?? wait);
  try {
    const answer = await get<{ proof: string[] }>(
      `/api/log/proofs/consistency?from=${previous.size}&to=${current.size}`,
    );
    return checkGrowth(previous, head, answer.proof);
  } catch (error) {
    return missingGrowthProof(previous, current.size, (error as Error).message);
  }
}

/** Why an entry does not match, or null. */
function checkEntry(entry: EntryAnswer, expected: number): string | null {
  if (entry.index !== expected) return `the server gave entry ${entry.index} where ${expected} was due`;
  if (entry.confidential) return null;
  if (entry.salt === null || entry.canonical === null) return 'a readable entry without its salt or text';
  const leaf = eventLeafHash(fromBase64(entry.salt), entry.canonical);
  return bytesEqual(leaf, fromBase64(entry.leafHash)) ? null : 'its event does not hash to its leaf';
}

// Reads JSON, honouring a 429's Retry-After (the server's rate limit) a few times before giving up.
function getter(base: string, doFetch: Fetch, sleep: (ms: number) => Promise<void>) {
  const root = base.replace(/\/+$/, '');
  return async function get<T>(path: string): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const res = await doFetch(`${root}${path}`);
      if (res.status === 429 && attempt < 5) {
        await sleep(Math.min(60, Number(res.headers.get('retry-after')) || 1) * 1000);
        continue;
      }
      if (!res.ok) throw new Error(`GET ${path} answered ${res.status}`);
      return (await res.json()) as T;
    }
  };
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
