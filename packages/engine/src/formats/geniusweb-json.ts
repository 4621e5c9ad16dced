// GeniusWeb JSON: a domain object and one LinearAdditiveUtilitySpace profile per party, in both dialects seen in
// real files: GeniusWeb 1.x ("discreteutils"/"numberutils") and GeniusWeb 2.x / ANL 2022–2023
// ("DiscreteValueSetUtilities"/"NumberValueSetUtilities"). Values are used as written (already in [0,1]); the
// reservation is a bid, so its value is the profile's utility of that bid.
import type { Issue, PartyPrefs } from '../model.ts';

type Json = Record<string, unknown>;

/** An own property only: names such as "constructor" must not reach Object.prototype. */
const own = (o: Json, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
}

/** Integer ranges are expanded into options; beyond this many values the range is refused. */
const MAX_RANGE_OPTIONS = 1_000_000;

function rangeOptions(range: Json, issue: string, file: string): string[] {
  const low = Number(range.low);
  const high = Number(range.high);
  const step = Number(range.step ?? 1);
  if (![low, high, step].every(Number.isFinite) || step <= 0 || high < low) {
    throw new Error(`${file}: issue "${issue}": invalid range`);
  }
  const n = Math.floor((high - low) / step + 1e-9) + 1;
  if (n > MAX_RANGE_OPTIONS) throw new Error(`${file}: issue "${issue}": range too large (${n} values)`);
  return Array.from({ length: n }, (_, k) => String(Number((low + k * step).toPrecision(15))));
}

export type GeniusWebDomain = { name: string; issues: Issue[] };

export function readGeniusWebDomain(json: unknown, file: string): GeniusWebDomain {
  if (!isObject(json) || !isObject(json.issuesValues)) {
    throw new Error(`${file}: not a GeniusWeb domain (no "issuesValues" object)`);
  }
  const issues = Object.entries(json.issuesValues).map(([name, spec]): Issue => {
    if (isObject(spec) && Array.isArray(spec.values)) {
      const options = spec.values.map((v) => {
        if (typeof v !== 'string' && typeof v !== 'number')
          throw new Error(`${file}: issue "${name}": bad value`);
        return String(v);
      });
      if (options.length === 0) throw new Error(`${file}: issue "${name}" has no values`);
      if (new Set(options).size !== options.length)
        throw new Error(`${file}: issue "${name}" repeats a value`);
      return { name, options };
    }
    if (isObject(spec) && isObject(spec.range))
      return { name, options: rangeOptions(spec.range, name, file) };
    throw new Error(`${file}: issue "${name}" has neither "values" nor "range"`);
  });
  if (issues.length === 0) throw new Error(`${file}: the domain has no issues`);
  return { name: typeof json.name === 'string' ? json.name : file, issues };
}

function finite(v: unknown, file: string, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${file}: ${what} is not a number`);
  return v;
}

/** GeniusWeb utilities and weights lie in [0, 1]; anything else is refused, naming it. */
function unit(v: number, file: string, what: string): number {
  if (v < 0 || v > 1) throw new Error(`${file}: ${what} is ${v}, outside [0, 1]`);
  return v;
}

function issueValues(spec: unknown, issue: Issue, file: string): number[] {
  if (!isObject(spec)) throw new Error(`${file}: issue "${issue.name}": no utilities`);
  const discrete = spec.discreteutils ?? spec.DiscreteValueSetUtilities;
  if (isObject(discrete) && isObject(discrete.valueUtilities)) {
    const table = discrete.valueUtilities;
    return issue.options.map((o) => {
      if (!Object.hasOwn(table, o))
        throw new Error(`${file}: issue "${issue.name}" has no utility for "${o}"`);
      return unit(
        finite(table[o], file, `utility of "${o}" in "${issue.name}"`),
        file,
        `utility of "${o}" in "${issue.name}"`,
      );
    });
  }
  const numeric = spec.numberutils ?? spec.NumberValueSetUtilities;
  if (isObject(numeric)) {
    const lowV = finite(numeric.lowValue, file, `${issue.name} lowValue`);
    const highV = finite(numeric.highValue, file, `${issue.name} highValue`);
    const lowU = unit(
      finite(numeric.lowUtility, file, `${issue.name} lowUtility`),
      file,
      `${issue.name} lowUtility`,
    );
    const highU = unit(
      finite(numeric.highUtility, file, `${issue.name} highUtility`),
      file,
      `${issue.name} highUtility`,
    );
    if (highV === lowV) throw new Error(`${file}: issue "${issue.name}": lowValue equals highValue`);
    return issue.options.map((o) => lowU + ((Number(o) - lowV) * (highU - lowU)) / (highV - lowV));
  }
  const kind = Object.keys(spec)[0] ?? 'nothing';
  throw new Error(`${file}: issue "${issue.name}": value set "${kind}" is not supported`);
}

/** Reads one additive profile against the domain; `name` becomes the party's name (the file name by default). */
export function readGeniusWebProfile(
  json: unknown,
  file: string,
  domain: GeniusWebDomain,
  name = file,
): PartyPrefs {
  if (!isObject(json)) throw new Error(`${file}: not a GeniusWeb profile`);
  const space = json.LinearAdditiveUtilitySpace;
  if (!isObject(space)) {
    const kind = Object.keys(json)[0] ?? 'nothing';
    throw new Error(
      `${file}: profile type "${kind}" is not supported (only LinearAdditiveUtilitySpace is additive)`,
    );
  }
  const weightsIn = space.issueWeights;
  const utilities = space.issueUtilities;
  if (!isObject(weightsIn) || !isObject(utilities))
    throw new Error(`${file}: missing issueWeights or issueUtilities`);
  const weights = domain.issues.map((i) =>
    unit(finite(own(weightsIn, i.name), file, `weight of "${i.name}"`), file, `weight of "${i.name}"`),
  );
  const values = domain.issues.map((i) => issueValues(utilities[i.name], i, file));
  let reservation: number | null = null;
  const bid = space.reservationBid;
  if (bid !== undefined && bid !== null) {
    const chosen = isObject(bid) ? bid.issuevalues : undefined;
    if (!isObject(chosen)) throw new Error(`${file}: reservationBid has no issuevalues`);
    reservation = 0;
    domain.issues.forEach((issue, i) => {
      const k = issue.options.indexOf(String(own(chosen, issue.name)));
      if (k < 0) throw new Error(`${file}: reservationBid: "${issue.name}" has no valid value`);
      reservation = (reservation ?? 0) + (weights[i] ?? 0) * (values[i]?.[k] ?? 0);
    });
  }
  return { name, weights, values, reservation };
}

/** The domain a GeniusWeb profile embeds (profiles repeat it), used when no domain file is given. */
export function embeddedDomain(json: unknown): unknown {
  return isObject(json) && isObject(json.LinearAdditiveUtilitySpace)
    ? json.LinearAdditiveUtilitySpace.domain
    : undefined;
}

export function looksLikeGeniusWebDomain(json: unknown): boolean {
  return isObject(json) && isObject(json.issuesValues);
}
