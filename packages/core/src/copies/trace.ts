// Leak tracing: which released copy could a (possibly partial, re-typed) text have come from? Each choice site
// is looked for in the text with its surrounding words; where one writing fits clearly better than the others the
// site counts as exposed. Each recipient's likelihood multiplies, over the exposed sites, 1 − ε where its copy
// agrees and ε/(k − 1) where it does not; an "unknown source" (a copy written some other way) gets 1/k at each.
// Nobody is named unless enough sites are exposed and the posterior is high: see README.md for the numbers.
import type { CopyText } from './copy-text.ts';
import { detectionForm, stripMarkdown } from './normalise.ts';
import type { ChoiceKind } from './rules.ts';
import { findSites, type Site } from './sites.ts';

export type ReleasedCopy = { recipient: string; copy: CopyText };

export const TRACE_RULES = {
  /** Exposed sites needed before anyone is named (a 1 % false lead needs ~log2(N/0.01) + 4 two-way sites). */
  minExposed: 15,
  minPosterior: 0.99,
  /** A writing counts only within this share of its pattern's length in edits. */
  maxEdits: 0.15,
  /** Context taken on each side of a site, in characters. */
  context: 30,
} as const;

/** How often a re-typist changes a writing by accident: style choices are the ones house styles change. */
const MISREAD: Record<ChoiceKind, number> = {
  wording: 0.03,
  spelling: 0.08,
  punctuation: 0.1,
  number: 0.1,
  date: 0.08,
};

export type Exposed = { site: string; point: string; kind: ChoiceKind; observed: string; option: number };
export type RecipientScore = { recipient: string; posterior: number; agree: number; disagree: number };
export type PairScore = { recipients: [string, string]; logLikelihoodRatio: number };

export type TraceResult = {
  verdict: 'identified' | 'not-enough-evidence';
  /** Sites that distinguish copies and were read in the text. */
  exposed: Exposed[];
  ranking: RecipientScore[];
  unknownSource: number;
  /** When no single copy explains the text but a pair that merged their copies does: narrowed, never proven. */
  pairs: PairScore[];
};

/** Sellers' algorithm: the fewest edits turning `pattern` into some substring of `text`. */
export function approximateDistance(pattern: string, text: string): number {
  const m = pattern.length;
  if (m === 0) return 0;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    cur[0] = 0;
    for (let i = 1; i <= m; i++) {
      const diagonal = (prev[i - 1] as number) + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      cur[i] = Math.min(diagonal, (prev[i] as number) + 1, (cur[i - 1] as number) + 1);
    }
    if ((cur[m] as number) < best) best = cur[m] as number;
    if (best === 0) break;
    [prev, cur] = [cur, prev];
  }
  return best;
}

function patterns(copy: CopyText, site: Site, sites: Site[]): string[] {
  const text = copy.points[site.point]?.text ?? '';
  const here = sites.filter((s) => s.point === site.point);
  const before = Math.max(
    0,
    site.start - TRACE_RULES.context,
    ...here.filter((s) => s.end <= site.start).map((s) => s.end),
  );
  const afterSites = here.filter((s) => s.start >= site.end && s !== site).map((s) => s.start);
  const after = Math.min(text.length, site.end + TRACE_RULES.context, ...afterSites);
  return site.options.map((o) =>
    detectionForm(text.slice(before, site.start) + o + text.slice(site.end, after)),
  );
}

/**
 * Sellers' distance, computed only near places where it can be small: with at most k edits, one of k + 1 pieces
 * of the pattern occurs unchanged (pigeonhole), so the text is searched around those pieces only. Returns
 * Infinity when the distance is surely above k.
 */
function nearDistance(pattern: string, text: string, k: number): number {
  const size = Math.max(1, Math.floor(pattern.length / (k + 1)));
  const starts = new Set<number>();
  for (let offset = 0; offset + size <= pattern.length; offset += size) {
    const piece = pattern.slice(offset, offset + size);
    for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) starts.add(at - offset);
  }
  // Windows around each possible alignment, merged, so no stretch of the text is searched twice.
  const windows: [number, number][] = [];
  for (const start of [...starts].sort((a, b) => a - b)) {
    const [from, to] = [Math.max(0, start - k), Math.min(text.length, start + pattern.length + k)];
    const last = windows.at(-1);
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  let best = Number.POSITIVE_INFINITY;
  for (const [from, to] of windows) {
    best = Math.min(best, approximateDistance(pattern, text.slice(from, to)));
    if (best === 0) break;
  }
  return best <= k ? best : Number.POSITIVE_INFINITY;
}

/** Which option the text shows at a site, or null when none fits clearly better than the rest. */
function readSite(options: string[], text: string): number | null {
  const exact = options.map((p) => text.includes(p));
  if (exact.filter(Boolean).length === 1) return exact.indexOf(true);
  if (exact.filter(Boolean).length > 1) return null;
  const k = Math.floor(TRACE_RULES.maxEdits * Math.max(...options.map((o) => o.length)));
  const d = options.map((p) => nearDistance(p, text, k));
  const order = d.map((_, i) => i).sort((a, b) => (d[a] as number) - (d[b] as number));
  const [first, second] = [order[0] as number, order[1] as number];
  if ((d[first] as number) > TRACE_RULES.maxEdits * (options[first] as string).length) return null;
  return d[first] === d[second] ? null : first;
}

function logLikelihood(exposed: Exposed[], choices: Map<string, number>, kOf: Map<string, number>) {
  let ll = 0;
  let agree = 0;
  for (const e of exposed) {
    const eps = MISREAD[e.kind];
    if (choices.get(e.site) === e.option) {
      ll += Math.log(1 - eps);
      agree++;
    } else ll += Math.log(eps / ((kOf.get(e.site) ?? 2) - 1));
  }
  return { ll, agree, disagree: exposed.length - agree };
}

function pairScores(exposed: Exposed[], copies: Map<string, Map<string, number>>, kOf: Map<string, number>) {
  const names = [...copies.keys()];
  const scored: { recipients: [string, string]; ll: number }[] = [];
  for (let a = 0; a < names.length; a++)
    for (let b = a + 1; b < names.length; b++) {
      const [ca, cb] = [copies.get(names[a] as string), copies.get(names[b] as string)];
      let ll = 0;
      for (const e of exposed) {
        const eps = MISREAD[e.kind];
        const held = new Set([ca?.get(e.site), cb?.get(e.site)]);
        const k = kOf.get(e.site) ?? 2;
        ll += held.has(e.option)
          ? Math.log((1 - eps) / held.size)
          : Math.log(eps / Math.max(1, k - held.size));
      }
      scored.push({ recipients: [names[a] as string, names[b] as string], ll });
    }
  return scored.sort((x, y) => y.ll - x.ll);
}

export function traceLeak(text: string, released: readonly ReleasedCopy[]): TraceResult {
  const leak = detectionForm(stripMarkdown(text));
  const reference = released[0];
  const none = {
    verdict: 'not-enough-evidence' as const,
    exposed: [],
    ranking: [],
    unknownSource: 1,
    pairs: [],
  };
  if (reference === undefined) return none;
  const sites = findSites(reference.copy);
  const copies = new Map(
    released.map((r) => [r.recipient, new Map(findSites(r.copy).map((s) => [s.id, s.chosen]))]),
  );
  const kOf = new Map(sites.map((s) => [s.id, s.options.length]));
  const exposed: Exposed[] = [];
  for (const site of sites) {
    const held = new Set([...copies.values()].map((c) => c.get(site.id)));
    if (held.size < 2 && released.length > 1) continue;
    const option = readSite(patterns(reference.copy, site, sites), leak);
    if (option === null) continue;
    const point = reference.copy.points[site.point]?.number ?? '';
    exposed.push({ site: site.id, point, kind: site.kind, observed: site.options[option] as string, option });
  }
  const scores = [...copies].map(([recipient, choices]) => ({
    recipient,
    ...logLikelihood(exposed, choices, kOf),
  }));
  const unknownLl = exposed.reduce((n, e) => n - Math.log(kOf.get(e.site) ?? 2), 0);
  const top = Math.max(unknownLl, ...scores.map((s) => s.ll));
  const total = scores.reduce((n, s) => n + Math.exp(s.ll - top), Math.exp(unknownLl - top));
  const ranking = scores
    .map((s) => ({
      recipient: s.recipient,
      posterior: Math.exp(s.ll - top) / total,
      agree: s.agree,
      disagree: s.disagree,
    }))
    .sort((a, b) => b.posterior - a.posterior || a.recipient.localeCompare(b.recipient));
  const best = ranking[0];
  const identified =
    exposed.length >= TRACE_RULES.minExposed &&
    best !== undefined &&
    best.posterior >= TRACE_RULES.minPosterior;
  const pairs = identified ? [] : collusion(exposed, copies, kOf, Math.max(...scores.map((s) => s.ll)));
  return {
    verdict: identified ? 'identified' : 'not-enough-evidence',
    exposed,
    ranking,
    unknownSource: Math.exp(unknownLl - top) / total,
    pairs,
  };
}

/** Pairs whose merged copies explain the text far better (×100) than any single copy: the three best. */
function collusion(
  exposed: Exposed[],
  copies: Map<string, Map<string, number>>,
  kOf: Map<string, number>,
  single: number,
) {
  if (exposed.length < TRACE_RULES.minExposed || copies.size < 3) return [];
  const scored = pairScores(exposed, copies, kOf);
  const best = scored[0];
  if (best === undefined || best.ll - single < Math.log(100)) return [];
  return scored.slice(0, 3).map((p, i) => ({
    recipients: p.recipients,
    logLikelihoodRatio: i + 1 < scored.length ? p.ll - (scored[i + 1]?.ll ?? p.ll) : 0,
  }));
}
