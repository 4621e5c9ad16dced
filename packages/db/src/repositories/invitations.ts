// Invitations and one-time sign-in links on the store (configuration beside the log, see
// migrations/0006-invitations.ts). The server makes the link's token and gives the store only its SHA-256, so a
// copy of this table invites no one. Each call commits on its own.
//
// `consume` is a single conditional update (`… where used_at is null and revoked_at is null and expires_at > $at
// returning …`): a link works once, before it expires, even when two requests (on two stores) race with it.
// `release` undoes a consume whose follow-up failed (an account that could not be created, a grant that could not
// be written), so the person can use the link again; it only clears the use it is told about.
import { isUuid, Rank, Role, uuidv7 } from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import { StoreError } from '../errors.ts';
import type { Database } from '../schema.ts';
import {
  checkedHash,
  checkedId,
  checkedTime,
  isForeignKeyViolation,
  isSha256Hex,
  isUniqueViolation,
} from './sign-in-checks.ts';

export const INVITATION_KINDS = ['membership', 'sign-in'] as const;
export type InvitationKind = (typeof INVITATION_KINDS)[number];

type Common = {
  id: string;
  /** Where the inviter said the link was sent (shown in the list); never checked against anything. */
  email: string | null;
  /** The account that made it; null for the operator. */
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  /** The account that used it (for a newcomer, the account created with it). */
  usedBy: string | null;
  revokedAt: string | null;
};

/** An offer of a role in a process, as the membership will be granted. */
export type MembershipInvitation = Common & {
  kind: 'membership';
  processId: string;
  role: Role;
  rank: Rank | null;
  partyId: string | null;
  /** The person's name as it will be shown in the process. */
  name: string;
};

/** A one-time sign-in link for an existing account. */
export type SignInLink = Common & { kind: 'sign-in'; accountId: string };

export type Invitation = MembershipInvitation | SignInLink;

export type InvitationState = 'open' | 'used' | 'revoked' | 'expired';

/** What a link is at `at`: usable ('open'), or why not. */
export function invitationState(invitation: Invitation, at: string): InvitationState {
  if (invitation.usedAt !== null) return 'used';
  if (invitation.revokedAt !== null) return 'revoked';
  return invitation.expiresAt > at ? 'open' : 'expired';
}

export type NewInvitation = { tokenHash: string; invitedBy: string | null; at: string; expiresAt: string } & (
  | {
      kind: 'membership';
      processId: string;
      role: Role;
      rank: Rank | null;
      partyId: string | null;
      name: string;
      email: string | null;
    }
  | { kind: 'sign-in'; accountId: string }
);

export type InvitationRepository = {
  /**
   * Records a link whose token hash is given. Throws StoreError BAD_INPUT for a malformed argument or an unknown
   * account, CONFLICT for a token hash already in use.
   */
  create(input: NewInvitation): Promise<Invitation>;
  get(id: string): Promise<Invitation | null>;
  /** The link with this token hash in any state (to say whether it expired), or null. */
  findByToken(tokenHash: string): Promise<Invitation | null>;
  /** A process's membership invitations in every state, newest first. */
  listByProcess(processId: string): Promise<Invitation[]>;
  /**
   * Uses the link up for `usedBy`, if it is of `kind`, unused, not revoked and not expired at `at`; null
   * otherwise (a second call with the same token always gets null).
   */
  consume(tokenHash: string, kind: InvitationKind, at: string, usedBy: string): Promise<Invitation | null>;
  /** Makes a link consumed at `usedAt` usable again; true when it was. */
  release(id: string, usedAt: string): Promise<boolean>;
  /** Revokes an unused link; true when it was open or expired (not used, not yet revoked). */
  revoke(id: string, at: string): Promise<boolean>;
};

type Row = Selectable<Database['invitations']>;

function toInvitation(r: Row): Invitation {
  const common: Common = {
    id: r.id,
    email: r.email,
    invitedBy: r.invited_by_account,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    usedAt: r.used_at,
    usedBy: r.used_by_account,
    revokedAt: r.revoked_at,
  };
  if (r.kind === 'sign-in') return { kind: 'sign-in', accountId: r.account_id as string, ...common };
  return {
    kind: 'membership',
    processId: r.process_id as string,
    role: r.role as Role,
    rank: r.rank as Rank | null,
    partyId: r.party_id,
    name: r.name as string,
    ...common,
  };
}

const NAME_MAX = 200;
const EMAIL_MAX = 254;

function checkedKind(value: unknown): InvitationKind {
  if (!INVITATION_KINDS.includes(value as InvitationKind))
    throw new StoreError('BAD_INPUT', `kind must be one of ${INVITATION_KINDS.join(', ')}`);
  return value as InvitationKind;
}

function optionalId(value: unknown, what: string): string | null {
  return value === null ? null : checkedId(value, what);
}

function checkedText(value: unknown, what: string, max: number): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > max)
    throw new StoreError('BAD_INPUT', `${what} must be a text of 1–${max} characters`);
  return value;
}

function rowOf(input: NewInvitation): Row {
  const at = checkedTime(input.at, 'at');
  const expiresAt = checkedTime(input.expiresAt, 'expiresAt');
  if (expiresAt <= at) throw new StoreError('BAD_INPUT', 'expiresAt must be after at');
  const common = {
    id: uuidv7(Date.parse(at)),
    kind: checkedKind(input.kind),
    token_hash: checkedHash(input.tokenHash, 'tokenHash'),
    invited_by_account: optionalId(input.invitedBy, 'invitedBy'),
    created_at: at,
    expires_at: expiresAt,
    used_at: null,
    used_by_account: null,
    revoked_at: null,
  };
  if (input.kind === 'sign-in')
    return {
      ...common,
      process_id: null,
      role: null,
      rank: null,
      party_id: null,
      name: null,
      email: null,
      account_id: checkedId(input.accountId, 'accountId'),
    };
  if (!Role.safeParse(input.role).success) throw new StoreError('BAD_INPUT', 'role must be a role');
  if (input.rank !== null && !Rank.safeParse(input.rank).success)
    throw new StoreError('BAD_INPUT', 'rank must be a rank or null');
  return {
    ...common,
    process_id: checkedId(input.processId, 'processId'),
    role: input.role,
    rank: input.rank,
    party_id: optionalId(input.partyId, 'partyId'),
    name: checkedText(input.name, 'name', NAME_MAX),
    email: input.email === null ? null : checkedText(input.email, 'email', EMAIL_MAX),
    account_id: null,
  };
}

export function invitationRepository(db: Kysely<Database>): InvitationRepository {
  const one = async (column: 'id' | 'token_hash', value: string) => {
    const row = await db.selectFrom('invitations').selectAll().where(column, '=', value).executeTakeFirst();
    return row ? toInvitation(row) : null;
  };
  return {
    async create(input) {
      const row = rowOf(input);
      try {
        await db.insertInto('invitations').values(row).execute();
      } catch (error) {
        if (isUniqueViolation(error))
          throw new StoreError('CONFLICT', 'a link with this token already exists');
        if (isForeignKeyViolation(error)) throw new StoreError('BAD_INPUT', 'no such account');
        throw error;
      }
      return toInvitation(row);
    },
    get: (id) => (isUuid(id) ? one('id', id) : Promise.resolve(null)),
    findByToken: (tokenHash) =>
      isSha256Hex(tokenHash) ? one('token_hash', tokenHash) : Promise.resolve(null),
    async listByProcess(processId) {
      if (!isUuid(processId)) return [];
      const rows = await db
        .selectFrom('invitations')
        .selectAll()
        .where('process_id', '=', processId)
        .where('kind', '=', 'membership')
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toInvitation);
    },
    async consume(tokenHash, kind, at, usedBy) {
      const now = checkedTime(at, 'at');
      const wanted = checkedKind(kind);
      const user = checkedId(usedBy, 'usedBy');
      if (!isSha256Hex(tokenHash)) return null;
      const row = await db
        .updateTable('invitations')
        .set({ used_at: now, used_by_account: user })
        .where('token_hash', '=', tokenHash)
        .where('kind', '=', wanted)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .returningAll()
        .executeTakeFirst();
      return row ? toInvitation(row) : null;
    },
    async release(id, usedAt) {
      const at = checkedTime(usedAt, 'usedAt');
      if (!isUuid(id)) return false;
      const result = await db
        .updateTable('invitations')
        .set({ used_at: null, used_by_account: null })
        .where('id', '=', id)
        .where('used_at', '=', at)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async revoke(id, at) {
      const now = checkedTime(at, 'at');
      if (!isUuid(id)) return false;
      const result = await db
        .updateTable('invitations')
        .set({ revoked_at: now })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}
