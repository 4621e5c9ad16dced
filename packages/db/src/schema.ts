// Kysely's view of the tables (see migrations/). Columns are snake_case; repositories map rows to core types.
// int8 columns arrive as JS numbers on both drivers (parsers set in connect.ts); bytea as Uint8Array/Buffer.
import type { ColumnType } from 'kysely';
import type { SignInTables } from './schema-sign-in.ts';

type Json = ColumnType<unknown, string, string>;
type Bytes = ColumnType<Uint8Array, Uint8Array, never>;

/** Who may read a row: see migrations/0004-people.ts. Set from the event's scope; changed by `audience.changed`. */
type Audience = { audience_kind: string; audience_parties: string[] };

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
    process_id: string | null;
    subject_id: string | null;
  } & Audience;
  log_nodes: { level: number; idx: number; hash: Bytes };
  log_checkpoints: {
    size: number;
    root_hash: Bytes;
    note: string;
    created_at: ColumnType<Date, never, never>;
  };
  processes: {
    id: string;
    title: string;
    description: string;
    created_at: string;
    log_index: number;
  } & Audience;
  parties: {
    id: string;
    process_id: string;
    name: string;
    kind: string;
    aliases: Json;
    log_index: number;
  } & Audience;
  plans: {
    id: string;
    process_id: string;
    title: string;
    mediator_party_id: string | null;
    /** Authentic languages (core's `Language[]`). */
    languages: Json;
    log_index: number;
  } & Audience;
  versions: {
    id: string;
    plan_id: string;
    parent_version_id: string | null;
    label: string;
    issued_on: string | null;
    status: string;
    note: string;
    /** Set together by `version.withdrawn` (migrations/0011): when and why; null while the version stands. */
    withdrawn_at: ColumnType<string | null, string | null | undefined, string | null>;
    withdrawal_reason: ColumnType<string | null, string | null | undefined, string | null>;
    log_index: number;
    process_id: string | null;
  } & Audience;
  points: {
    id: string;
    version_id: string;
    lineage_id: string;
    parent_point_id: string | null;
    /** Derivation edges (core's `Derivation[]`); [] for points written before edges existed. */
    derived_from: Json;
    /** An editor's remark, apart from the wording ('' for none). */
    note: string;
    ordinal: number;
    number: string;
    text: Json;
    categories: Json;
    quantities: Json;
    conditions: Json;
    log_index: number;
    process_id: string | null;
  } & Audience;
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
    process_id: string | null;
  } & Audience;
  valuations: {
    id: string;
    process_id: string;
    plan_id: string;
    party_id: string;
    body: Json;
    log_index: number;
  } & Audience;
  /** A party's sealed marks on a version (migrations/0010): read by its own delegates only. */
  acceptability_marks: {
    id: string;
    process_id: string;
    plan_id: string;
    version_id: string;
    party_id: string;
    body: Json;
    log_index: number;
  } & Audience;
  /** One row per recorded position (migrations/0008): read by its version's readers, privately by its party's. */
  positions: {
    id: string;
    process_id: string;
    plan_id: string;
    version_id: string;
    point_id: string;
    party_id: string;
    stance: string;
    taken_on: string;
    published: boolean;
    body: Json;
    actor: string;
    recorded_at: string;
    log_index: number;
  } & Audience;
  /** Read tables of migrations/0009: deliveries, consultations, statements, deadlines and their moves. */
  deliveries: {
    id: string;
    process_id: string;
    version_id: string;
    party_id: string;
    delivered_at: string;
    body: Json;
    log_index: number;
  } & Audience;
  consultations: {
    id: string;
    process_id: string;
    version_id: string | null;
    held_at: string;
    body: Json;
    log_index: number;
  } & Audience;
  statements: { id: string; process_id: string; made_at: string; body: Json; log_index: number } & Audience;
  deadlines: {
    id: string;
    process_id: string;
    version_id: string | null;
    title: string;
    due_at: string;
    set_at: string;
    set_by: string;
    note: string;
    outcome: string | null;
    outcome_at: string | null;
    outcome_note: string | null;
    log_index: number;
  } & Audience;
  deadline_moves: {
    id: string;
    deadline_id: string;
    moved_at: string;
    from_at: string;
    to_at: string;
    reason: string;
    log_index: number;
  };
  /** Read tables of migrations/0013: councils, their seats, motions and votes. */
  councils: {
    id: string;
    process_id: string;
    name: string;
    mandate: string;
    rule: Json;
    log_index: number;
  } & Audience;
  council_members: {
    id: string;
    council_id: string;
    process_id: string;
    name: string;
    role: string;
    party_id: string | null;
    account_id: string | null;
    log_index: number;
  } & Audience;
  motions: {
    id: string;
    council_id: string;
    process_id: string;
    kind: string;
    title: string;
    text: string;
    opened_at: string;
    closes_at: string;
    closed_at: string | null;
    outcome: Json | null;
    log_index: number;
  } & Audience;
  council_votes: {
    id: string;
    motion_id: string;
    process_id: string;
    member_id: string;
    choice: string;
    reason: string;
    recorded_by: string;
    actor: string;
    cast_at: string;
    log_index: number;
  } & Audience;
  /** Read tables of migrations/0020: guarantee rules, notifications, findings and the changes of cases. */
  guarantee_rules: {
    id: string;
    rules: Json;
    reason: string;
    actor: string;
    set_at: string;
    log_index: number;
  };
  guarantee_notifications: {
    id: string;
    process_id: string;
    notification: Json;
    actor: string;
    notified_at: string;
    log_index: number;
  };
  guarantee_findings: {
    id: string;
    process_id: string;
    finding: Json;
    actor: string;
    recorded_at: string;
    log_index: number;
  };
  guarantee_case_changes: {
    id: string;
    process_id: string;
    case_id: string;
    rule_id: string;
    seq: number;
    kind: string;
    change: Json;
    actor: string;
    logged_at: string;
    log_index: number;
  };
  /** Read tables of migrations/0018: incidents and their verification moves, restrictions, monitoring reports. */
  incidents: {
    id: string;
    process_id: string;
    event_date: string;
    event_type: string;
    actor1: string;
    status: string;
    incident: Json;
    actor: string;
    reported_at: string;
    log_index: number;
  };
  incident_changes: {
    id: string;
    incident_id: string;
    from_status: string;
    to_status: string;
    reason: string;
    actor: string;
    changed_at: string;
    log_index: number;
  };
  restrictions: {
    id: string;
    process_id: string;
    restriction: Json;
    actor: string;
    recorded_at: string;
    log_index: number;
  };
  monitoring_reports: {
    id: string;
    process_id: string;
    report: Json;
    actor: string;
    filed_at: string;
    log_index: number;
  };
  /** Read tables of migrations/0015: commitments under implementation tracking, their statuses, milestones. */
  commitment_tracking: {
    id: string;
    process_id: string;
    version_id: string;
    due: ColumnType<unknown, string | null, string | null>;
    weight: number;
    parent_id: string | null;
    indicators: Json;
    log_index: number;
  };
  commitment_statuses: {
    id: string;
    commitment_id: string;
    process_id: string;
    score: number;
    on_day: string;
    reason: string;
    evidence: Json;
    actor: string;
    set_at: string;
    log_index: number;
  };
  milestones: {
    id: string;
    process_id: string;
    key: string;
    label: string;
    occurred_at: string;
    note: string;
    log_index: number;
  };
  /** Read tables of migrations/0017: funds and their accepted operations (the full record as logged). */
  funds: {
    id: string;
    process_id: string;
    name: string;
    purpose: string;
    illustrative: boolean;
    actor: string;
    created_at: string;
    log_index: number;
  };
  fund_operations: {
    id: string;
    fund_id: string;
    process_id: string;
    kind: string;
    currency: string;
    amount: ColumnType<number, number, number>;
    on_day: string;
    record: Json;
    actor: string;
    recorded_at: string;
    log_index: number;
  };
  /** Read tables of migrations/0016: account signing keys with their validity, signatures on agreed texts. */
  account_keys: {
    id: string;
    account_id: string;
    public_key: string;
    label: string;
    valid_from: string;
    valid_until: string | null;
    ended: string | null;
    reason: string | null;
    previous_key_id: string | null;
    log_index: number;
  };
  version_signatures: {
    id: string;
    version_id: string;
    process_id: string;
    party_id: string;
    account_id: string;
    key_id: string;
    version_hash: string;
    signature: string;
    signed_at: string;
    log_index: number;
  };
  /** Read table of migrations/0019: copies released to recipients, with their text as released. */
  released_copies: {
    id: string;
    version_id: string;
    process_id: string;
    party_id: string;
    account_id: string | null;
    language: string;
    copy_hash: string;
    formats: Json;
    sites: number;
    copy: Json;
    released_at: string;
    released_by: string;
    log_index: number;
  };
  /** Beside the log (migrations/0019): the deployment's fingerprint seed, one row. */
  copy_seed: { id: number; seed: string };
  /** A read table: projected from `membership.*` events. */
  memberships: {
    id: string;
    process_id: string;
    account_id: string;
    role: string;
    rank: string | null;
    party_id: string | null;
    name: string;
    status: string;
    log_index: number;
  } & Audience;
  /** Configuration beside the log (see migrations/0004-people.ts), like every table below. */
  accounts: {
    id: string;
    name: string;
    handle: string;
    email: string | null;
    may_open_processes: boolean;
    created_at: string;
    disabled_at: string | null;
  };
  api_tokens: {
    id: string;
    token_hash: string;
    account_id: string;
    membership_id: string;
    label: string;
    created_at: string;
    last_used_at: string | null;
    revoked_at: string | null;
  };
  witnesses: { name: string; verifier_key: string; registered_at: string; registered_by: string };
  witness_cosignatures: {
    witness_name: string;
    size: number;
    cosigned_at: number;
    line: string;
    received_at: string;
  };
} & SignInTables;

/** The read tables, children after parents (insert order; delete in reverse). */
export const READ_TABLES = [
  'processes',
  'parties',
  'memberships',
  'plans',
  'versions',
  'points',
  'commitments',
  'valuations',
  'deliveries',
  'consultations',
  'statements',
  'deadlines',
  'deadline_moves',
  'positions',
  'acceptability_marks',
  'councils',
  'council_members',
  'motions',
  'council_votes',
  'commitment_tracking',
  'commitment_statuses',
  'milestones',
  'incidents',
  'incident_changes',
  'restrictions',
  'monitoring_reports',
  'funds',
  'fund_operations',
  'account_keys',
  'version_signatures',
  'released_copies',
  'guarantee_rules',
  'guarantee_notifications',
  'guarantee_findings',
  'guarantee_case_changes',
] as const;
export type ReadTable = (typeof READ_TABLES)[number];
