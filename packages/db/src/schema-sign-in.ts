// Kysely's view of the sign-in tables (migrations/0005-sign-in.ts, 0006-invitations.ts): configuration beside
// the log, part of `Database` in schema.ts. Kept in their own file so the sign-in tables read as one unit.
import type { ColumnType } from 'kysely';

type Json = ColumnType<unknown, string, string>;
type Bytes = ColumnType<Uint8Array, Uint8Array, never>;

export type SignInTables = {
  passwords: { account_id: string; hash: string; updated_at: string };
  totp_secrets: {
    account_id: string;
    secret: string;
    last_step: number | null;
    confirmed_at: string | null;
    created_at: string;
  };
  passkeys: {
    id: string;
    account_id: string;
    public_key: Bytes;
    counter: number;
    transports: Json;
    label: string;
    created_at: string;
    last_used_at: string | null;
  };
  sessions: {
    id: string;
    token_hash: string;
    account_id: string;
    created_at: string;
    last_seen_at: string;
    idle_seconds: number;
    idle_expires_at: string;
    absolute_expires_at: string;
    ended_at: string | null;
    user_agent: string;
    address: string;
  };
  webauthn_challenges: {
    id: string;
    challenge: string;
    account_id: string | null;
    purpose: string;
    expires_at: string;
    used_at: string | null;
  };
  invitations: {
    id: string;
    kind: string;
    token_hash: string;
    process_id: string | null;
    role: string | null;
    rank: string | null;
    party_id: string | null;
    name: string | null;
    email: string | null;
    account_id: string | null;
    invited_by_account: string | null;
    created_at: string;
    expires_at: string;
    used_at: string | null;
    used_by_account: string | null;
    revoked_at: string | null;
  };
};
