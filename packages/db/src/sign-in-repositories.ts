// The sign-in repositories a Store carries (see store.ts): passwords, TOTP secrets, passkeys, sessions, WebAuthn
// challenges, and invitations (which are also one-time sign-in links). Not on Tx: none of them is part of the log, and each call commits on its own.
import type { Kysely } from 'kysely';
import { type ChallengeRepository, challengeRepository } from './repositories/challenges.ts';
import { type InvitationRepository, invitationRepository } from './repositories/invitations.ts';
import { type PasskeyRepository, passkeyRepository } from './repositories/passkeys.ts';
import { type PasswordRepository, passwordRepository } from './repositories/passwords.ts';
import { type SessionRepository, sessionRepository } from './repositories/sessions.ts';
import { type TotpRepository, totpRepository } from './repositories/totp.ts';
import type { Database } from './schema.ts';

export type {
  ChallengePurpose,
  ChallengeRepository,
  ConsumedChallenge,
  IssuedChallenge,
} from './repositories/challenges.ts';
export {
  INVITATION_KINDS,
  type Invitation,
  type InvitationKind,
  type InvitationRepository,
  type InvitationState,
  invitationState,
  type MembershipInvitation,
  type NewInvitation,
  type SignInLink,
} from './repositories/invitations.ts';
export type { Passkey, PasskeyRepository, PasskeySummary } from './repositories/passkeys.ts';
export type { PasswordRepository } from './repositories/passwords.ts';
export { SESSION_TOUCH_SECONDS, type Session, type SessionRepository } from './repositories/sessions.ts';
export type { TotpCheck, TotpRepository, TotpStatus } from './repositories/totp.ts';

export type SignInRepositories = {
  passwords: PasswordRepository;
  totp: TotpRepository;
  passkeys: PasskeyRepository;
  sessions: SessionRepository;
  challenges: ChallengeRepository;
  invitations: InvitationRepository;
};

export function signInRepositories(db: Kysely<Database>): SignInRepositories {
  return {
    passwords: passwordRepository(db),
    totp: totpRepository(db),
    passkeys: passkeyRepository(db),
    sessions: sessionRepository(db),
    challenges: challengeRepository(db),
    invitations: invitationRepository(db),
  };
}
