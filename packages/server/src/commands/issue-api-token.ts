// A personal API token for one membership (the CLI, automation): made here, shown once in the answer, stored
// only as its hash. Its holder issues it (or the operator, for the CLI on the store); it acts in that one role.
import { Id, LIMITS, optionalText, uuidv7 } from '@concord/core';
import { newToken, tokenHash } from '../auth/tokens.ts';
import { conflict, notFound } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit } from './context.ts';

export type IssuedApiToken = {
  id: string;
  token: string;
  membershipId: string;
  label: string;
  createdAt: string;
};

export async function issueApiToken(
  ctx: CommandContext,
  input: { membershipId: string; label?: string },
): Promise<IssuedApiToken> {
  const membershipId = validate(Id, input?.membershipId, ['membershipId']);
  // A label is shown back in lists and the CLI: the safe text rules hold for it like for every text.
  const label = validate(optionalText(LIMITS.label), input?.label ?? '', ['label']);
  const membership = await ctx.store.memberships.get(membershipId);
  if (membership === null) throw notFound('membership', membershipId);
  const resource = { processId: membership.processId, accountId: membership.accountId };
  permit(ctx, 'issue-token', 'membership', resource, { what: 'membership', id: membershipId });
  if (membership.status !== 'active')
    throw conflict(`this membership is ${membership.status}: no token can act in it`);
  const token = newToken('api');
  const issued = {
    id: uuidv7(ctx.clock().getTime()),
    membershipId,
    label,
    createdAt: ctx.clock().toISOString(),
  };
  await ctx.store.apiTokens.add({
    ...issued,
    accountId: membership.accountId,
    tokenHash: tokenHash('api', token),
  });
  return { ...issued, token };
}

/** Revokes a token at once (the next request with it is refused). */
export async function revokeApiToken(ctx: CommandContext, input: { tokenId: string }): Promise<void> {
  const tokenId = validate(Id, input?.tokenId, ['tokenId']);
  const token = await ctx.store.apiTokens.get(tokenId);
  const membership = token ? await ctx.store.memberships.get(token.membershipId) : null;
  if (!token || !membership) throw notFound('API token', tokenId);
  const resource = { processId: membership.processId, accountId: token.accountId };
  permit(ctx, 'revoke-token', 'membership', resource, { what: 'API token', id: tokenId });
  if (!(await ctx.store.apiTokens.revoke(tokenId, ctx.clock().toISOString())))
    throw conflict('this token is already revoked');
}
