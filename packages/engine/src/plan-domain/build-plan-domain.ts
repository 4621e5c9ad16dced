// A plan's contested points as a negotiation domain. Each contested point lineage becomes an issue; the distinct
// wordings it has across the versions become its options, plus its absence when some version lacks it. Options
// are named in the plan's own words: the words that set a wording apart from the others.
import type { Point, Version } from '@concord/core';
import { distinguishingSpan, spanLabel, wordingKey, wordsOf } from '@concord/core/lineage';
import type { Issue } from '../model.ts';
import type { IssueMeta, OptionMeta, PlanDomain } from './types.ts';

export type PlanDomainInput = {
  /** The versions to compare, in the order their wordings are listed (e.g. oldest first). */
  versions: Version[];
  /** The points of those versions (each point's versionId must be one of them), in reading order. */
  points: Point[];
  /** The version whose text is the draft; default: the last of `versions`. */
  target?: string;
  /** Lineages to treat as contested; default: those whose text or quantities differ, or which some version lacks. */
  contested?: string[];
  /** Language of the texts compared and quoted; default 'en', else the first language a point has. */
  language?: string;
};

export class PlanDomainError extends Error {
  override name = 'PlanDomainError';
}

export const DELETED_LABEL = '(point deleted)';
export const ABSENT_LABEL = '(point not included)';
const TITLE_WORDS = 8;

type Variant = { key: string; text: string; quantities: string[]; versions: number[] };

function textIn(point: Point, language: string): string {
  const text = point.text as Record<string, string> | undefined;
  const chosen = text?.[language] ?? text?.en ?? Object.values(text ?? {})[0];
  if (typeof chosen !== 'string' || chosen.trim() === '') {
    throw new PlanDomainError(`point ${point.number} (${point.id}) has no text`);
  }
  return chosen;
}

function quantitiesOf(point: Point): string[] {
  return (point.quantities ?? []).map((q) => `${q.value} ${q.unit}`);
}

function checkInput(input: PlanDomainInput): Map<string, number> {
  if (!Array.isArray(input.versions) || input.versions.length === 0) {
    throw new PlanDomainError('a plan domain needs at least one version');
  }
  if (!Array.isArray(input.points)) throw new PlanDomainError('points must be a list');
  const index = new Map<string, number>();
  input.versions.forEach((v, i) => {
    if (typeof v?.id !== 'string' || typeof v.label !== 'string') {
      throw new PlanDomainError(`version ${i + 1} has no id or label`);
    }
    if (index.has(v.id)) throw new PlanDomainError(`version ${v.id} is given twice`);
    index.set(v.id, i);
  });
  const seen = new Set<string>();
  for (const p of input.points) {
    if (typeof p?.lineageId !== 'string' || typeof p.number !== 'string') {
      throw new PlanDomainError('every point needs a lineage id and a number');
    }
    if (!index.has(p.versionId)) {
      throw new PlanDomainError(
        `point ${p.number} belongs to version ${p.versionId}, which is not among the versions`,
      );
    }
    seen.add(`${p.versionId} ${p.lineageId}`);
  }
  return index;
}

/** True when some version lacking the lineage descends from a version (among those given) that carries it. */
function droppedByDescendant(
  versions: Version[],
  carriers: Set<number>,
  index: Map<string, number>,
): boolean {
  return versions.some((v, i) => {
    if (carriers.has(i)) return false;
    const visited = new Set<number>();
    let parent = v.parentVersionId === null ? undefined : index.get(v.parentVersionId);
    while (parent !== undefined && !visited.has(parent)) {
      if (carriers.has(parent)) return true;
      visited.add(parent);
      const pid = versions[parent]?.parentVersionId ?? null;
      parent = pid === null ? undefined : index.get(pid);
    }
    return false;
  });
}

/** Names the wordings by the words that set each apart; falls back to quantities, then first words, then version. */
function labelVariants(variants: Variant[], versions: Version[]): string[] {
  const words = variants.map((v) => wordsOf(v.text));
  const labels = variants.map((v, k) => {
    const span = distinguishingSpan(words, k);
    const own = span ? spanLabel(words[k] ?? [], span) : '';
    if (own !== '') return own;
    const ownQuantity = v.quantities.find((q) => variants.some((o) => !o.quantities.includes(q)));
    if (ownQuantity) return ownQuantity;
    const first = spanLabel(words[k] ?? [], { start: 0, end: words[k]?.length ?? 0 });
    return first !== '' ? first : `wording ${k + 1}`;
  });
  return labels.map((label, k) => {
    if (labels.indexOf(label) === labels.lastIndexOf(label)) return label;
    const first = variants[k]?.versions[0];
    return `${label} (${first === undefined ? k + 1 : versions[first]?.label})`;
  });
}

function uniqueNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let n = name;
    for (let k = 2; used.has(n); k++) n = `${name} #${k}`;
    used.add(n);
    return n;
  });
}

export function buildPlanDomain(input: PlanDomainInput): PlanDomain {
  const index = checkInput(input);
  const { versions } = input;
  const points = joinSplits(input.points);
  const targetId = input.target ?? versions[versions.length - 1]?.id ?? '';
  const target = index.get(targetId);
  if (target === undefined) throw new PlanDomainError(`target version ${targetId} is not among the versions`);
  const language = input.language ?? 'en';

  // Lineages in reading order: the target's points first, then those it lacks, in order of first appearance.
  const byLineage = new Map<string, (Point | undefined)[]>();
  const ordered = [
    ...points.filter((p) => p.versionId === targetId),
    ...points.filter((p) => p.versionId !== targetId),
  ];
  for (const p of ordered) {
    const row = byLineage.get(p.lineageId) ?? versions.map(() => undefined);
    row[index.get(p.versionId) as number] = p;
    byLineage.set(p.lineageId, row);
  }

  const variantsOf = (row: (Point | undefined)[]): Variant[] => {
    const variants: Variant[] = [];
    row.forEach((p, v) => {
      if (!p) return;
      const text = textIn(p, language);
      const quantities = quantitiesOf(p);
      // core's rule of which wordings are the same, so the analysis and the page agree on what changed
      const key = wordingKey(p);
      const found = variants.find((x) => x.key === key);
      if (found) found.versions.push(v);
      else variants.push({ key, text, quantities, versions: [v] });
    });
    return variants;
  };

  let lineages: string[];
  if (input.contested === undefined) {
    lineages = [...byLineage]
      .filter(([, row]) => row.includes(undefined) || variantsOf(row).length > 1)
      .map(([l]) => l);
  } else {
    if (!Array.isArray(input.contested)) throw new PlanDomainError('contested must be a list of lineage ids');
    for (const l of input.contested) {
      if (!byLineage.has(l)) throw new PlanDomainError(`contested lineage ${l} is in none of the versions`);
    }
    if (new Set(input.contested).size !== input.contested.length) {
      throw new PlanDomainError('contested lists a lineage twice');
    }
    const wanted = new Set(input.contested);
    lineages = [...byLineage.keys()].filter((l) => wanted.has(l));
  }

  const issues: Issue[] = [];
  const issuesMeta: IssueMeta[] = [];
  const optionsMeta: OptionMeta[][] = [];
  const draft: number[] = [];
  const names: string[] = [];
  for (const lineageId of lineages) {
    const row = byLineage.get(lineageId) as (Point | undefined)[];
    const variants = variantsOf(row);
    const labels = labelVariants(variants, versions);
    const options: OptionMeta[] = variants.map((v, k) => ({
      label: labels[k] as string,
      text: v.text,
      quantities: v.quantities,
      versionIds: v.versions.map((i) => versions[i]?.id as string),
      versionLabels: v.versions.map((i) => versions[i]?.label as string),
      kind: 'variant',
    }));
    const lacking = versions.flatMap((_, i) => (row[i] ? [] : [i]));
    if (lacking.length > 0) {
      const carriers = new Set(versions.flatMap((_, i) => (row[i] ? [i] : [])));
      const deleted = droppedByDescendant(versions, carriers, index);
      const absence: OptionMeta = {
        label: deleted ? DELETED_LABEL : ABSENT_LABEL,
        text: null,
        quantities: [],
        versionIds: lacking.map((i) => versions[i]?.id as string),
        versionLabels: lacking.map((i) => versions[i]?.label as string),
        kind: deleted ? 'deleted' : 'absent',
      };
      // The absence takes its place among the wordings by the first version that shows it.
      const at = options.findIndex(
        (o) => (index.get(o.versionIds[0] as string) as number) > (lacking[0] as number),
      );
      options.splice(at === -1 ? options.length : at, 0, absence);
    }
    const inTarget = row[target];
    const shown = inTarget ?? [...row].reverse().find((p) => p !== undefined);
    if (!shown) continue; // cannot happen: every lineage comes from some point
    const words = wordsOf(textIn(shown, language));
    const title = spanLabel(words, { start: 0, end: words.length }, TITLE_WORDS);
    const carrier = versions[index.get(shown.versionId) as number]?.label;
    names.push(inTarget ? `Point ${shown.number}` : `Point ${shown.number} of ${carrier}`);
    issuesMeta.push({ lineageId, number: shown.number, title, inTarget: inTarget !== undefined });
    optionsMeta.push(options);
    draft.push(options.findIndex((o) => o.versionIds.includes(targetId)));
  }
  uniqueNames(names).forEach((name, i) => {
    const options = optionsMeta[i] as OptionMeta[];
    uniqueNames(options.map((o) => o.label)).forEach((label, k) => {
      (options[k] as OptionMeta).label = label;
    });
    issues.push({ name, options: options.map((o) => o.label) });
  });
  return { issues, issuesMeta, optionsMeta, draft, targetVersionId: targetId, language };
}

/** One wording of a point (or its absence: `absent`), and the versions that carry it, in the versions' order. */
export type WordingGroup = { absent: boolean; versionIds: string[]; versionLabels: string[] };

/**
 * Which versions carry the same wording of each point, by the domain's own rule (core's wordingKey, a split
 * point read whole, versions lacking the point sharing its absence) — without building the domain: no labels,
 * no titles, no spans. What a valuation's values are checked against when it is recorded.
 */
export function wordingGroups(versions: Version[], points: Point[]): Map<string, WordingGroup[]> {
  const index = new Map(versions.map((v, i) => [v.id, i]));
  const keyed = new Map<string, Map<string, number[]>>();
  for (const p of joinSplits(points.filter((p) => index.has(p.versionId)))) {
    const byKey = keyed.get(p.lineageId) ?? new Map<string, number[]>();
    const key = wordingKey(p);
    byKey.set(key, [...(byKey.get(key) ?? []), index.get(p.versionId) as number]);
    keyed.set(p.lineageId, byKey);
  }
  const group = (absent: boolean, at: number[]): WordingGroup => {
    const sorted = [...at].sort((a, b) => a - b);
    return {
      absent,
      versionIds: sorted.map((i) => versions[i]?.id as string),
      versionLabels: sorted.map((i) => versions[i]?.label as string),
    };
  };
  const out = new Map<string, WordingGroup[]>();
  for (const [lineageId, byKey] of keyed) {
    const carriers = new Set([...byKey.values()].flat());
    const lacking = versions.flatMap((_, i) => (carriers.has(i) ? [] : [i]));
    out.set(lineageId, [
      ...[...byKey.values()].map((at) => group(false, at)),
      ...(lacking.length > 0 ? [group(true, lacking)] : []),
    ]);
  }
  return out;
}

/**
 * A lineage split into several points of one version is one issue: its wording in that version is the parts
 * read together (texts joined in reading order, quantities and conditions of all parts).
 */
function joinSplits(points: Point[]): Point[] {
  const first = new Map<string, Point>();
  const out: Point[] = [];
  for (const p of points) {
    const key = `${p.versionId} ${p.lineageId}`;
    const seen = first.get(key);
    if (!seen) {
      const copy = { ...p, text: { ...p.text } };
      first.set(key, copy);
      out.push(copy);
      continue;
    }
    for (const [language, text] of Object.entries(p.text))
      seen.text[language] = seen.text[language] === undefined ? text : `${seen.text[language]} ${text}`;
    seen.quantities = [...seen.quantities, ...p.quantities];
    seen.conditions = [...seen.conditions, ...p.conditions];
  }
  return out;
}
