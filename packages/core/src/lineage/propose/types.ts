// What lineage proposals read and what they answer.
import type { Condition, Multilingual, Quantity } from '../../schemas/common.ts';
import type { Derivation } from '../../schemas/point.ts';

/**
 * The part of a point that proposals read. `derivedFrom` and `lineageId` of earlier points, when known, tell
 * which points the parent version continues; `conditions` count as wording (keep or amend).
 */
export type CandidatePoint = {
  id: string;
  versionId: string;
  parentPointId: string | null;
  ordinal: number;
  number: string;
  text: Multilingual;
  categories: readonly string[];
  quantities: readonly Quantity[];
  conditions?: readonly Condition[];
  derivedFrom?: readonly Derivation[];
  lineageId?: string;
};

export type ProposeLineageInput = {
  /** Points of any earlier versions of the plan (the parent among them). */
  earlier: readonly CandidatePoint[];
  /** Points of the new version, without derivations yet. */
  later: readonly CandidatePoint[];
  /** The version the new one answers: its points are preferred, and a point it dropped is restored. */
  parentVersionId?: string;
  /**
   * The parent's own ancestors. When given, a point taken from a version outside this line (another branch) is
   * a keep, renumber or amend, not a restore; when absent every earlier version counts as an ancestor.
   */
  ancestorVersionIds?: readonly string[];
};

/** A proposed derivation of one later point, for a person to confirm or correct. No derivation: inserted. */
export type LineageProposal = {
  pointId: string;
  derivedFrom: Derivation[];
  /** 0–1: how sure the proposal is (for an inserted point, how sure that nothing earlier is its source). */
  confidence: number;
  /** Why, in words a reader follows ("same quantity 600,000 personnel", "82% of words shared"). */
  reasons: string[];
};
