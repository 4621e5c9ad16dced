// One witness round (C2SP tlog-witness, pulled over Concord's HTTP API): fetch the latest checkpoint, check it
// is signed by the log key pinned on the first round, check a consistency proof from the last checkpoint this
// witness accepted, keep the new one, cosign it and post the cosignature. A log that changed its key, shrank, or
// cannot prove the old tree is a prefix of the new one is refused: both checkpoints and the failed proof are
// kept in the witness's directory, and the round answers an alarm. Nothing is cosigned then.
import { cosignCheckpoint, fromBase64 } from '@concord/ledger';
import { VerificationError, verifyLogGrowth, verifySignedCheckpoint } from '@concord/ledger/verify';
import { CliError } from '../errors.ts';
import { checkpointAnswer, type Fetch, problemWords, proofAnswer, requestJson } from './http.ts';
import { type Accepted, readAccepted, type WitnessKeys, writeAccepted, writeEvidence } from './state.ts';

export type RoundOptions = { url: string; dir: string; keys: WitnessKeys; fetch?: Fetch; now?: () => Date };

export type RoundResult =
  | { kind: 'cosigned'; size: number; previous: number | null; stored: boolean }
  | { kind: 'alarm'; reason: string; evidence: string };

const bodyOf = (note: string) => note.slice(0, note.lastIndexOf('\n\n') + 1);

export async function witnessRound(options: RoundOptions): Promise<RoundResult> {
  const { dir, keys } = options;
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? (() => new Date());
  const base = options.url.replace(/\/+$/, '');
  const head = checkpointAnswer((await requestJson(doFetch, `${base}/api/log/checkpoint`)).body);
  const previous = readAccepted(dir);
  const alarm = (reason: string, extra: Record<string, unknown> = {}): RoundResult => {
    const evidence = writeEvidence(dir, now(), { reason, url: base, previous, current: head, ...extra });
    return { kind: 'alarm', reason, evidence };
  };
  if (previous !== null && head.verifierKey !== previous.verifierKey)
    return alarm(`the log now names another key (${head.verifierKey}, was ${previous.verifierKey})`);
  const key = previous?.verifierKey ?? head.verifierKey;
  let signed: ReturnType<typeof verifySignedCheckpoint>;
  try {
    signed = verifySignedCheckpoint(head.checkpoint, key);
  } catch (error) {
    throw new CliError(
      `the server's checkpoint does not verify with the log key: ${(error as Error).message}`,
    );
  }
  if (previous !== null) {
    const refused = await checkGrowth(doFetch, base, previous, signed);
    if (refused !== null) return alarm(refused.reason, { proof: refused.proof });
  }
  const accepted: Accepted = {
    verifierKey: key,
    note: head.checkpoint,
    size: signed.size,
    rootHash: Buffer.from(signed.rootHash).toString('base64'),
    acceptedAt: now().toISOString(),
  };
  // Kept before the cosignature leaves: a witness never signs a head it would not remember (C2SP tlog-witness).
  writeAccepted(dir, accepted);
  const line = cosignCheckpoint(bodyOf(head.checkpoint), keys.signerKey, Math.floor(now().getTime() / 1000));
  const posted = await requestJson(doFetch, `${base}/api/log/cosignatures`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ witness: keys.name, size: signed.size, cosignature: line }),
  });
  if (posted.status !== 200 && posted.status !== 201)
    throw new CliError(`the server refused the cosignature (${posted.status}): ${problemWords(posted.body)}`);
  return {
    kind: 'cosigned',
    size: signed.size,
    previous: previous?.size ?? null,
    stored: posted.status === 201,
  };
}

/** null when the new tree extends the accepted one; otherwise why not, with the proof that failed. */
async function checkGrowth(
  doFetch: Fetch,
  base: string,
  previous: Accepted,
  signed: { size: number; rootHash: Uint8Array },
): Promise<{ reason: string; proof: string[] | null } | null> {
  if (signed.size < previous.size)
    return { reason: `the log shrank from ${previous.size} to ${signed.size} entries`, proof: null };
  let proof: string[] = [];
  if (signed.size > previous.size) {
    const url = `${base}/api/log/proofs/consistency?from=${previous.size}&to=${signed.size}`;
    const answer = await requestJson(doFetch, url);
    // No proof (a limit, an outage) is not evidence of a fork: the round fails and nothing is cosigned.
    if (answer.status !== 200)
      throw new CliError(
        `the log gave no consistency proof from ${previous.size} to ${signed.size} (${answer.status})`,
      );
    proof = proofAnswer(answer.body);
  }
  try {
    verifyLogGrowth({ size: previous.size, rootHash: fromBase64(previous.rootHash) }, signed, proof);
    return null;
  } catch (error) {
    const why = error instanceof VerificationError ? error.message : String(error);
    return {
      reason: `fork: the tree of ${signed.size} does not extend the accepted tree of ${previous.size} (${why})`,
      proof,
    };
  }
}
