// Kysely's view of the tables (see migrations/). Columns are snake_case; repositories map rows to core types.
// int8 columns arrive as JS numbers on both drivers (parsers set in connect.ts); bytea as Uint8Array/Buffer.
import type { ColumnType } from 'kysely';

type Json = ColumnType<unknown, string, string>;
type Bytes = ColumnType<Uint8Array, Uint8Array, never>;

export type Database = {
  log_meta: { key: string; value: string };
  log_entries: {
    idx: number;
    event_id: string;
    type: string;
    canonical: string;
    salt: Bytes;
    leaf_hash: Bytes;
    committed_at: ColumnType<Date, Date, never>;
  };
  log_nodes: { level: number; idx: number; hash: Bytes };
  log_checkpoints: {
    size: number;
    root_hash: Bytes;
    note: string;
    created_at: ColumnType<Date, never, never>;
  };
  processes: { id: string; title: string; description: string; created_at: string; log_index: number };
  parties: { id: string; process_id: string; name: string; kind: string; aliases: Json; log_index: number };
  plans: {
    id: string;
    process_id: string;
    title: string;
    mediator_party_id: string | null;
    log_index: number;
  };
  versions: {
    id: string;
    plan_id: string;
    parent_version_id: string | null;
    label: string;
    issued_on: string | null;
    status: string;
    note: string;
    log_index: number;
  };
  points: {
    id: string;
    version_id: string;
    lineage_id: string;
    parent_point_id: string | null;
    ordinal: number;
    number: string;
    text: Json;
    categories: Json;
    quantities: Json;
    conditions: Json;
    log_index: number;
  };
  commitments: {
    id: string;
    version_id: string;
    point_id: string;
    obligor: string;
    beneficiary: string | null;
    action: string;
    due: ColumnType<unknown, string | null, string | null>;
    verification: string | null;
    log_index: number;
  };
  valuations: {
    id: string;
    process_id: string;
    plan_id: string;
    party_id: string;
    body: Json;
    log_index: number;
  };
  /** Operational configuration (not logged, not a read table): see migrations/0003-access.ts. */
  access_keys: {
    id: string;
    key_hash: string;
    role: string;
    process_id: string;
    party_id: string | null;
    label: string;
    created_at: string;
    revoked_at: string | null;
  };
};

/** The read tables, children after parents (insert order; delete in reverse). */
export const READ_TABLES = [
  'processes',
  'parties',
  'plans',
  'versions',
  'points',
  'commitments',
  'valuations',
] as const;
export type ReadTable = (typeof READ_TABLES)[number];
