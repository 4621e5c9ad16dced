// Genius XML (ANAC 2010–2019): a domain file (<negotiation_template>) and one profile (<utility_space>) per
// party. Two readings of the same numbers exist (see README): `genius` divides each discrete evaluation by its
// issue's maximum and shifts integer evaluators by the lower bound, clamped to [0,1]; `raw` is NegMAS's reading
// (evaluations as written, offset + slope·v unclamped). Only additive profiles are read; anything else is refused
// by name, and a profile is either read whole or not at all.

import { basename } from 'node:path';
import type { Issue, PartyPrefs } from '../model.ts';
import { childrenNamed, descendants, numberAttr, parseXml, type XmlElement } from './xml-tree.ts';

export type Semantics = 'genius' | 'raw';

/** An issue as the domain declares it, with the key profiles use to refer to it. */
export type GeniusIssue = Issue & { index: string; kind: 'discrete' | 'integer'; lower: number };
export type GeniusDomain = { name: string; issues: GeniusIssue[] };

/** Integer ranges are expanded into options; beyond this many values the range is refused. */
const MAX_INTEGER_OPTIONS = 1_000_000;

function issueKind(el: XmlElement): string {
  return (el.attrs.etype ?? el.attrs.type ?? el.attrs.vtype ?? 'discrete').toLowerCase();
}

function readDomainIssue(el: XmlElement, file: string): GeniusIssue {
  const name = el.attrs.name;
  const index = el.attrs.index;
  if (!name || index === undefined) throw new Error(`${file}: an <issue> lacks its name or index`);
  const kind = issueKind(el);
  if (kind === 'discrete') {
    const options = childrenNamed(el, 'item').map((item) => item.attrs.value ?? '');
    if (options.length === 0) throw new Error(`${file}: issue "${name}" has no items`);
    if (new Set(options).size !== options.length)
      throw new Error(`${file}: issue "${name}" repeats an item value`);
    return { name, index, kind, lower: 0, options };
  }
  if (kind === 'integer') {
    const lo = numberAttr(el, 'lowerbound', file, `issue "${name}"`);
    const hi = numberAttr(el, 'upperbound', file, `issue "${name}"`);
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi < lo) {
      throw new Error(`${file}: issue "${name}": integer bounds ${lo}..${hi} are not a valid range`);
    }
    if (hi - lo + 1 > MAX_INTEGER_OPTIONS)
      throw new Error(`${file}: issue "${name}": range too large (${hi - lo + 1})`);
    const options = Array.from({ length: hi - lo + 1 }, (_, k) => String(lo + k));
    return { name, index, kind, lower: lo, options };
  }
  throw new Error(
    `${file}: issue "${name}" is of type ${kind}; only discrete and integer issues are supported`,
  );
}

export function readGeniusDomain(text: string, file: string): GeniusDomain {
  const root = parseXml(text, file);
  if (root.tag !== 'negotiation_template') {
    throw new Error(`${file}: not a Genius domain (root <${root.tag}>, expected <negotiation_template>)`);
  }
  const issues = descendants(root, 'issue').map((el) => readDomainIssue(el, file));
  if (issues.length === 0) throw new Error(`${file}: the domain has no issues`);
  const names = new Set(issues.map((i) => i.name));
  if (names.size !== issues.length) throw new Error(`${file}: two issues share a name`);
  const objective = descendants(root, 'objective')[0];
  // "root" is the name Genius's editor gives every objective: the file's own name says more.
  const named = objective?.attrs.name;
  return { name: named && named !== 'root' ? named : basename(file).replace(/\.xml$/i, ''), issues };
}

/** Constructs that make a profile non-additive; an additive engine must refuse them rather than misread them. */
function refuseNonAdditive(root: XmlElement, file: string): void {
  const type = root.attrs.type;
  if (type && type !== 'additive' && type !== 'linear') {
    throw new Error(`${file}: non-additive profile (utility_space type="${type}") is not supported`);
  }
  for (const tag of ['hyperRectangle', 'ufun', 'constraint', 'rectangle']) {
    if (descendants(root, tag).length > 0) {
      throw new Error(`${file}: non-additive profile (<${tag}>) is not supported`);
    }
  }
}

function discreteValues(el: XmlElement, issue: GeniusIssue, semantics: Semantics, file: string): number[] {
  // Items are matched by value; a repeated value keeps its last evaluation (as Genius's and NegMAS's maps do).
  const evals = new Map<string, number>();
  for (const item of childrenNamed(el, 'item')) {
    if (item.attrs.evaluation === undefined) continue;
    const v = numberAttr(item, 'evaluation', file, `issue "${issue.name}" item`);
    if (v < 0) {
      throw new Error(
        `${file}: issue "${issue.name}", item "${item.attrs.value ?? ''}": evaluation ${v} is negative (Genius evaluations are 0 or more)`,
      );
    }
    evals.set(item.attrs.value ?? '', v);
  }
  if (evals.size === 0) {
    // A similarity function (or nothing) where evaluations should be: the utility is not additive in the items.
    if (descendants(el, 'similarity_function').length > 0) {
      throw new Error(
        `${file}: issue "${issue.name}" is valued by a <similarity_function>, not supported (non-additive)`,
      );
    }
    throw new Error(`${file}: issue "${issue.name}" has no item evaluations`);
  }
  const raw = issue.options.map((option) => {
    const v = evals.get(option);
    if (v === undefined) throw new Error(`${file}: issue "${issue.name}" has no evaluation for "${option}"`);
    return v;
  });
  if (semantics === 'raw') return raw;
  // Genius (EvaluatorDiscrete): divide by the issue's largest evaluation; an all-but-zero issue counts as 0.
  const max = Math.max(...evals.values());
  return raw.map((v) => (max < 1e-5 ? 0 : v / max));
}

function integerValues(el: XmlElement, issue: GeniusIssue, semantics: Semantics, file: string): number[] {
  const ev = childrenNamed(el, 'evaluator')[0];
  if (!ev) throw new Error(`${file}: integer issue "${issue.name}" has no <evaluator>`);
  const ftype = ev.attrs.ftype ?? 'linear';
  if (ftype !== 'linear')
    throw new Error(`${file}: issue "${issue.name}": evaluator ftype="${ftype}" is not supported`);
  const offsetKey = ev.attrs.offset !== undefined ? 'offset' : 'parameter0';
  const slopeKey = ev.attrs.slope !== undefined ? 'slope' : 'parameter1';
  const offset = numberAttr(ev, offsetKey, file, `issue "${issue.name}" evaluator`);
  const slope = numberAttr(ev, slopeKey, file, `issue "${issue.name}" evaluator`);
  return issue.options.map((o) => {
    const v = Number(o);
    if (semantics === 'raw') return offset + slope * v;
    return Math.min(1, Math.max(0, offset + slope * (v - issue.lower)));
  });
}

/** Reads one additive profile against its domain. `name` becomes the party's name (the file name by default). */
export function readGeniusProfile(
  text: string,
  file: string,
  domain: GeniusDomain,
  semantics: Semantics,
  name: string = file,
): PartyPrefs {
  const root = parseXml(text, file);
  if (root.tag !== 'utility_space') {
    throw new Error(`${file}: not a Genius profile (root <${root.tag}>, expected <utility_space>)`);
  }
  refuseNonAdditive(root, file);
  const byIndex = new Map(descendants(root, 'issue').map((el) => [el.attrs.index ?? '', el]));
  const byName = new Map(descendants(root, 'issue').map((el) => [el.attrs.name ?? '', el]));
  const weightByIndex = new Map(descendants(root, 'weight').map((w) => [w.attrs.index ?? '', w]));
  const weights: number[] = [];
  const values: number[][] = [];
  for (const issue of domain.issues) {
    const el = byIndex.get(issue.index) ?? byName.get(issue.name);
    if (!el) throw new Error(`${file}: no evaluation for issue "${issue.name}"`);
    const w = weightByIndex.get(el.attrs.index ?? issue.index);
    if (!w) throw new Error(`${file}: no weight for issue "${issue.name}"`);
    const weight = numberAttr(w, 'value', file, `weight of "${issue.name}"`);
    if (!(weight >= 0 && weight <= 1))
      throw new Error(`${file}: weight ${weight} of issue "${issue.name}" is outside [0, 1]`);
    weights.push(weight);
    values.push(
      issue.kind === 'integer'
        ? integerValues(el, issue, semantics, file)
        : discreteValues(el, issue, semantics, file),
    );
  }
  const res = descendants(root, 'reservation')[0];
  // Genius reads a missing reservation as "none"; NegMAS's reader (raw) as 0.
  const reservation = res ? numberAttr(res, 'value', file, 'reservation') : semantics === 'raw' ? 0 : null;
  return { name, weights, values, reservation };
}

/** What a profile holds that the analysis does not use: a discount factor (other than 1). */
export function geniusProfileNotes(text: string, file: string): string[] {
  const factor = descendants(parseXml(text, file), 'discount_factor')[0];
  if (!factor || factor.attrs.value === undefined) return [];
  const value = numberAttr(factor, 'value', file, 'discount factor');
  if (value === 1) return [];
  return [
    `${file}: discount factor ${value} ignored (the analysis values agreements, not when they are reached)`,
  ];
}

export function isGeniusDomainXml(text: string): boolean {
  return /<negotiation_template[\s>]/.test(text);
}

export function isGeniusProfileXml(text: string): boolean {
  return /<utility_space[\s>]/.test(text) && !isGeniusDomainXml(text);
}
