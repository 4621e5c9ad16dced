// Invitations as their process's managers see them. The link (its token) is in the answer that creates it and
// nowhere else: neither the list nor an offer carries it, and the store holds only its hash.
import { Rank, Role } from '@concord/core';
import { z } from '@hono/zod-openapi';
import type { InvitationOffer as Offer } from '../commands/accept-invitation.ts';
import type { InvitationSummary, IssuedInvitation as Issued } from '../commands/invite-member.ts';

const offered = {
  role: Role,
  rank: Rank.nullable(),
  partyId: z.string().nullable(),
  /** The person's name as it will be shown in the process. */
  name: z.string(),
};

export const IssuedInvitation = z
  .object({
    id: z.string(),
    /** `${origin}/invite#ci_…`: shown in this answer only; pass it to the person invited. */
    link: z.string(),
    expiresAt: z.string(),
    ...offered,
    email: z.string().nullable(),
  })
  .meta({ id: 'IssuedInvitation' });

export const PresentedInvitation = z
  .object({
    id: z.string(),
    processId: z.string(),
    ...offered,
    email: z.string().nullable(),
    invitedBy: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
    usedAt: z.string().nullable(),
    usedBy: z.string().nullable(),
    revokedAt: z.string().nullable(),
    state: z.enum(['open', 'used', 'revoked', 'expired']),
  })
  .meta({ id: 'Invitation' });

export const InvitationOffer = z
  .object({
    processId: z.string(),
    processTitle: z.string(),
    ...offered,
    partyName: z.string().nullable(),
    expiresAt: z.string(),
  })
  .meta({ id: 'InvitationOffer' });

export function presentIssuedInvitation(i: Issued): z.infer<typeof IssuedInvitation> {
  return {
    id: i.id,
    link: i.link,
    expiresAt: i.expiresAt,
    role: i.role,
    rank: i.rank,
    partyId: i.partyId,
    name: i.name,
    email: i.email,
  };
}

export function presentInvitation(i: InvitationSummary): z.infer<typeof PresentedInvitation> {
  return {
    id: i.id,
    processId: i.processId,
    role: i.role,
    rank: i.rank,
    partyId: i.partyId,
    name: i.name,
    email: i.email,
    invitedBy: i.invitedBy,
    createdAt: i.createdAt,
    expiresAt: i.expiresAt,
    usedAt: i.usedAt,
    usedBy: i.usedBy,
    revokedAt: i.revokedAt,
    state: i.state,
  };
}

export function presentOffer(o: Offer): z.infer<typeof InvitationOffer> {
  return {
    processId: o.processId,
    processTitle: o.processTitle,
    role: o.role,
    rank: o.rank,
    partyId: o.partyId,
    partyName: o.partyName,
    name: o.name,
    expiresAt: o.expiresAt,
  };
}
