// The JSON the web application reads from the HTTP API (ARCHITECTURE.md, "HTTP API"). Entities are core's
// zod-inferred types (the single source of truth); only the composite answers and the log answers are
// described here. Types only: nothing of zod reaches the bundle.
import type { Commitment, Party, Plan, Point, Process, Version } from '@concord/core';

export type { Commitment, Condition, Due, Party, Point, Quantity } from '@concord/core';

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
  eventId: string;
  type: string;
  event: unknown;
  /** The RFC 8785 text the server hashed (the browser recomputes its own and uses that). */
  canonical?: string;
  salt: string;
  leafHash: string;
  committedAt: string;
};

export type InclusionAnswer = { index: number; size: number; leafHash: string; proof: string[] };
