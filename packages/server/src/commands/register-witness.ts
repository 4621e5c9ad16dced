// Registers a witness of the log for the deployment (its operator or an active mediator): from then on the
// cosignatures it posts are checked against this key and served on the checkpoints they cover. Configuration
// beside the log, like accounts: nothing is appended to the log.
import { authorize, WitnessRegistration } from '@concord/core';
import type { Witness } from '@concord/db';
import { StoreError } from '@concord/db';
import { readCosignerKey } from '@concord/ledger/verify';
import { conflict, forbidden, ProblemError, unauthenticated } from '../problems.ts';
import { validate } from '../validate.ts';
import type { CommandContext } from './context.ts';

export function witnessKeyRefused(detail: string): ProblemError {
  return new ProblemError({ status: 422, slug: 'witness-key-invalid', title: 'Not a witness key', detail });
}

export async function registerWitness(ctx: CommandContext, input: unknown): Promise<Witness> {
  if (ctx.principal === null) throw unauthenticated('registering a witness needs you to sign in');
  const { verifierKey } = validate(WitnessRegistration, input);
  if (!authorize(ctx.principal, 'register-witness', 'platform', {}).allowed)
    throw forbidden('only the operator or a mediator registers a witness');
  let name: string;
  try {
    name = readCosignerKey(verifierKey).name;
  } catch (error) {
    throw witnessKeyRefused((error as Error).message);
  }
  const by = ctx.principal.kind === 'operator' ? 'operator' : `account:${ctx.principal.accountId}`;
  try {
    await ctx.store.witnesses.register({
      name,
      verifierKey,
      registeredAt: ctx.clock().toISOString(),
      registeredBy: by,
    });
  } catch (error) {
    if (error instanceof StoreError && error.code === 'CONFLICT')
      throw conflict(`a witness named ${name} or with this key is already registered`);
    throw error;
  }
  return (await ctx.store.witnesses.get(name)) as Witness;
}
