// A witness posts its cosignature of a checkpoint. Anyone may post (the signature is the credential), so
// nothing is believed: the witness must be registered, a checkpoint of that size must have been signed here,
// and the line must verify with the witness's registered key over that stored checkpoint. A refused post stores
// nothing. The first cosignature per witness and size is kept (a repeat answers `stored: false`).
import { CosignatureSubmission } from '@concord/core';
import { verifyCosignatures } from '@concord/ledger/verify';
import { ProblemError } from '../problems.ts';
import { validate } from '../validate.ts';
import type { CommandContext } from './context.ts';

const refused = (slug: string, title: string, detail: string) =>
  new ProblemError({ status: 422, slug, title, detail });

export async function addCosignature(
  ctx: Pick<CommandContext, 'store' | 'clock'>,
  input: unknown,
): Promise<{ witness: string; size: number; cosignedAt: string; stored: boolean }> {
  const { witness, size, cosignature } = validate(CosignatureSubmission, input);
  const registered = await ctx.store.witnesses.get(witness);
  if (registered === null)
    throw refused('witness-unknown', 'Unknown witness', `no witness named ${witness} is registered here`);
  const checkpoint = await ctx.store.witnesses.checkpoint(size);
  if (checkpoint === null)
    throw refused(
      'checkpoint-unknown',
      'No such checkpoint',
      `this log signed no checkpoint of size ${size}`,
    );
  if (!cosignature.startsWith(`\u2014 ${witness} `))
    throw refused(
      'cosignature-invalid',
      'The cosignature does not verify',
      `the line is not signed as ${witness}`,
    );
  let found: { timestamp: number }[];
  try {
    found = verifyCosignatures(`${checkpoint.note}${cosignature}\n`, [registered.verifierKey]);
  } catch (error) {
    throw refused('cosignature-invalid', 'The cosignature does not verify', (error as Error).message);
  }
  const [signed] = found;
  if (signed === undefined)
    throw refused(
      'cosignature-invalid',
      'The cosignature does not verify',
      'it is not by the registered key',
    );
  const stored = await ctx.store.witnesses.addCosignature({
    witness,
    size,
    timestamp: signed.timestamp,
    line: cosignature,
    receivedAt: ctx.clock().toISOString(),
  });
  return { witness, size, cosignedAt: new Date(signed.timestamp * 1000).toISOString(), stored };
}
