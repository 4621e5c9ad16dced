// Our own scenario JSON: one self-contained file, keyed by issue and option names so a person can write or check
// it by hand. Values are used as written (no rescaling); a missing reservation is `null` ("none").
import { type Issue, type PartyPrefs, type Scenario, validateScenario } from '../model.ts';

export const CONCORD_FORMAT = 'concord-negotiation';

export type ConcordJson = {
  format: typeof CONCORD_FORMAT;
  version: 1;
  name: string;
  issues: Issue[];
  parties: {
    name: string;
    reservation: number | null;
    weights: Record<string, number>;
    values: Record<string, Record<string, number>>;
  }[];
};

type Json = Record<string, unknown>;
/** An own property only: names such as "constructor" must not reach Object.prototype. */
const own = (o: Json, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(v: unknown, file: string, what: string): string {
  if (typeof v !== 'string' || v.length === 0) throw new Error(`${file}: ${what} must be a non-empty string`);
  return v;
}

function num(v: unknown, file: string, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new Error(`${file}: ${what} must be a finite number`);
  return v;
}

function nonNegative(v: number, file: string, what: string): number {
  if (v < 0) throw new Error(`${file}: ${what} is ${v}, negative`);
  return v;
}

export function isConcordJson(json: unknown): boolean {
  return isObject(json) && json.format === CONCORD_FORMAT;
}

export function readConcordJson(json: unknown, file: string): Scenario {
  if (!isObject(json) || json.format !== CONCORD_FORMAT)
    throw new Error(`${file}: not a ${CONCORD_FORMAT} file`);
  if (json.version !== 1) throw new Error(`${file}: unsupported version ${String(json.version)}`);
  if (!Array.isArray(json.issues) || !Array.isArray(json.parties))
    throw new Error(`${file}: needs issues and parties`);
  const issues: Issue[] = json.issues.map((raw, i) => {
    if (!isObject(raw) || !Array.isArray(raw.options))
      throw new Error(`${file}: issue ${i + 1} needs name and options`);
    const name = text(raw.name, file, `issue ${i + 1} name`);
    const options = raw.options.map((o) => text(o, file, `an option of "${name}"`));
    if (options.length === 0 || new Set(options).size !== options.length) {
      throw new Error(`${file}: issue "${name}" needs distinct options`);
    }
    return { name, options };
  });
  if (new Set(issues.map((i) => i.name)).size !== issues.length)
    throw new Error(`${file}: two issues share a name`);
  const parties: PartyPrefs[] = json.parties.map((raw, k) => {
    if (!isObject(raw) || !isObject(raw.weights) || !isObject(raw.values)) {
      throw new Error(`${file}: party ${k + 1} needs name, weights and values`);
    }
    const name = text(raw.name, file, `party ${k + 1} name`);
    const weightsIn = raw.weights;
    const valuesIn = raw.values;
    const weights = issues.map((i) =>
      nonNegative(
        num(own(weightsIn, i.name), file, `${name}: weight of "${i.name}"`),
        file,
        `${name}: weight of "${i.name}"`,
      ),
    );
    const values = issues.map((i) => {
      const row = own(valuesIn, i.name);
      if (!isObject(row)) throw new Error(`${file}: ${name}: no values for "${i.name}"`);
      return i.options.map((o) => {
        const what = `${name}: value of "${o}" in "${i.name}"`;
        return nonNegative(num(own(row, o), file, what), file, what);
      });
    });
    const reservation =
      raw.reservation === null || raw.reservation === undefined
        ? null
        : num(raw.reservation, file, `${name}: reservation`);
    return { name, weights, values, reservation };
  });
  if (new Set(parties.map((p) => p.name)).size !== parties.length)
    throw new Error(`${file}: two parties share a name`);
  const name = typeof json.name === 'string' ? json.name : file;
  return validateScenario({ name, issues, parties });
}

export function writeConcordJson(s: Scenario): string {
  const out: ConcordJson = {
    format: CONCORD_FORMAT,
    version: 1,
    name: s.name,
    issues: s.issues.map((i) => ({ name: i.name, options: [...i.options] })),
    parties: s.parties.map((p) => ({
      name: p.name,
      reservation: p.reservation,
      weights: Object.fromEntries(s.issues.map((i, k) => [i.name, p.weights[k] ?? 0])),
      values: Object.fromEntries(
        s.issues.map((i, k) => [
          i.name,
          Object.fromEntries(i.options.map((o, j) => [o, p.values[k]?.[j] ?? 0])),
        ]),
      ),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
