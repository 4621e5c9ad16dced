// The JSON the web application reads from the HTTP API (ARCHITECTURE.md, "HTTP API"). Entities are core's
// zod-inferred types (the single source of truth); only the composite answers and the log answers are
// described here. Types only: nothing of zod reaches the bundle.
import type { Commitment, Party, Plan, Point, Process, Version } from '@concord/core';

export type {
  Commitment,
  Condition,
  Due,
  Party,
  Point,
  PointValuation,
  Quantity,
  Valuation,
  ValuationInput,
} from '@concord/core';

export type ProcessSummary = Process;
export type PlanSummary = Plan;
export type VersionSummary = Version;

export type ProcessDetail = Process & { parties: Party[]; plans: Plan[] };
export type PlanDetail = Plan & { versions: Version[] };
export type VersionDetail = Version & { points: Point[]; commitments: Commitment[] };
export type List<T> = { items: T[] };

export type CheckpointAnswer = { checkpoint: string; size: number; rootHash: string; verifierKey: string };

export type LogEntryAnswer = {
  index: number;
  /**
   * True when the entry's contents are not shared with the caller (a party's valuation read by someone else):
   * eventId, type, event, canonical and salt are then null and only the leaf hash is public.
   */
  confidential?: boolean;
  eventId: string | null;
  type: string | null;
  event: unknown;
  /** The RFC 8785 text the server hashed (the browser recomputes its own and uses that). */
  canonical?: string | null;
  salt: string | null;
  leafHash: string;
  committedAt: string;
  /** Who did what to which object of which process, in words (null when confidential or from an older server). */
  summary?: string | null;
};

export type InclusionAnswer = { index: number; size: number; leafHash: string; proof: string[] };
