import type { DomainIssue, DomainOption } from '@concord/core';
import type { Issue, Outcome } from '../model.ts';

/**
 * Where a contested point comes from: its lineage, how the target version (or its last carrier) numbers it, its
 * first words as a title, whether the target carries it. The domain answer's fields (core's `DomainIssue`).
 */
export type IssueMeta = Pick<DomainIssue, 'lineageId' | 'number' | 'title' | 'inTarget'>;

/**
 * One option of an issue: a variant of the point's text (or its absence) and the versions that carry it; `label`
 * is the option's name in the engine's Issue. Exactly the domain answer's option (core's `DomainOption`).
 */
export type OptionMeta = DomainOption;

export type PlanDomain = {
  /** The engine's issues: one per contested point, options named by their short labels. */
  issues: Issue[];
  issuesMeta: IssueMeta[];
  /** [issue][option]. */
  optionsMeta: OptionMeta[][];
  /** The target version as an outcome: the option it carries on each issue. */
  draft: Outcome;
  targetVersionId: string;
  /** Language of the texts compared and quoted. */
  language: string;
};
