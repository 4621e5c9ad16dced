import type { Issue, Outcome } from '../model.ts';

/** Where a contested point comes from: its lineage and how the target version (or its last carrier) numbers it. */
export type IssueMeta = {
  lineageId: string;
  /** The point's number in the target version, or in the last version that carries it. */
  number: string;
  /** The first words of the point's text, as a short title. */
  title: string;
  /** False when the target version does not carry the point. */
  inTarget: boolean;
};

/** One option of an issue: a variant of the point's text (or its absence) and the versions that carry it. */
export type OptionMeta = {
  /** The short label used as the option's name in the engine's Issue (unique within the issue). */
  label: string;
  /** The full text of the variant in the chosen language; null for the absence of the point. */
  text: string | null;
  /** "value unit" of each quantity of the variant, in the order written. */
  quantities: string[];
  versionIds: string[];
  versionLabels: string[];
  /** 'variant' for a wording; 'deleted' when a version dropped a point its ancestor had; 'absent' otherwise. */
  kind: 'variant' | 'deleted' | 'absent';
};

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
