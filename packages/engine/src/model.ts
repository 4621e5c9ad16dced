/**
 * The negotiation model every engine algorithm works on: discrete issues and parties with
 * additive utilities. Readers (formats/) turn files into this; nothing here does I/O.
 */

/** An issue and its options; integer ranges are expanded to their values written as strings. */
export type Issue = { name: string; options: string[] };

export type PartyPrefs = {
  name: string;
  /** One weight per issue. */
  weights: number[];
  /** [issue][option]: the evaluation after the chosen semantics (genius or raw). */
  values: number[][];
  /** Utility of no agreement, in utility units; null when the profile gives none. */
  reservation: number | null;
};

export type Scenario = {
  name: string;
  issues: Issue[];
  parties: PartyPrefs[];
  /** What the reader noticed and the analysis repeats (a discount factor ignored, weights summing above 1). */
  notes?: string[];
};

/** Notes for weights that sum above 1 (a utility can then exceed 1): used as written, and said so. */
export function weightNotes(s: Scenario): string[] {
  return s.parties.flatMap((p) => {
    const total = p.weights.reduce((a, w) => a + w, 0);
    return total > 1 + 1e-9
      ? [
          `${p.name}: weights sum to ${Number(total.toPrecision(6))}, above 1, so its utilities can exceed 1 (used as written, not normalised)`,
        ]
      : [];
  });
}

/** An outcome (a package): the option index chosen on each issue. */
export type Outcome = number[];

/**
 * What a party gets without agreement, as used by Nash and the gain-based solutions:
 * - `reservation`: its reservation value (0 when it has none);
 * - `zero`: 0 for everyone;
 * - `negmas`: NegMAS's rule, the reservation value if it is at least the party's minimum utility,
 *   else that minimum (so a missing or unreachably low reservation falls back to the worst outcome).
 */
export type Disagreement = 'reservation' | 'zero' | 'negmas';

/** Utility tables [party][issue][option] = weight × value, so a utility is a plain sum of lookups. */
export type UtilityTables = number[][][];

export function utilityTables(s: Scenario): UtilityTables {
  return s.parties.map((p) =>
    s.issues.map((_, i) => {
      const w = p.weights[i] ?? 0;
      return (p.values[i] ?? []).map((v) => w * v);
    }),
  );
}

export function utilityOf(tables: UtilityTables, party: number, outcome: Outcome): number {
  const t = tables[party];
  if (!t) throw new Error(`no party ${party}`);
  let u = 0;
  for (let i = 0; i < outcome.length; i++) u += t[i]?.[outcome[i] ?? -1] ?? Number.NaN;
  return u;
}

export function outcomeCount(s: Scenario): bigint {
  return s.issues.reduce((n, issue) => n * BigInt(issue.options.length), 1n);
}

/** Minimum and maximum utility of a party over all outcomes: additive, so per-issue extremes add up. */
export function utilityRange(s: Scenario, party: number): [number, number] {
  const p = s.parties[party];
  if (!p) throw new Error(`no party ${party}`);
  let lo = 0;
  let hi = 0;
  s.issues.forEach((_, i) => {
    const w = p.weights[i] ?? 0;
    const vals = (p.values[i] ?? []).map((v) => w * v);
    lo += Math.min(...vals);
    hi += Math.max(...vals);
  });
  return [lo, hi];
}

export function disagreementPoint(s: Scenario, convention: Disagreement): number[] {
  return s.parties.map((p, k) => {
    if (convention === 'zero') return 0;
    if (convention === 'reservation') return p.reservation ?? 0;
    const [min] = utilityRange(s, k);
    return p.reservation !== null && p.reservation >= min ? p.reservation : min;
  });
}

/** Reservation values with "none" read as −∞: any agreement beats no agreement. */
export function reservationFloors(s: Scenario): number[] {
  return s.parties.map((p) => p.reservation ?? Number.NEGATIVE_INFINITY);
}

/** Checks the shape invariants the algorithms rely on; throws a clear error otherwise. */
export function validateScenario(s: Scenario): Scenario {
  if (s.issues.length === 0) throw new Error(`scenario ${s.name}: no issues`);
  if (s.parties.length === 0) throw new Error(`scenario ${s.name}: no parties`);
  s.issues.forEach((issue) => {
    if (issue.options.length === 0) throw new Error(`issue ${issue.name}: no options`);
  });
  s.parties.forEach((p) => {
    if (p.weights.length !== s.issues.length || p.values.length !== s.issues.length) {
      throw new Error(`party ${p.name}: expected ${s.issues.length} issues`);
    }
    p.values.forEach((row, i) => {
      if (row.length !== s.issues[i]?.options.length) {
        throw new Error(
          `party ${p.name}: issue ${s.issues[i]?.name} has ${row.length} values, expected ${s.issues[i]?.options.length}`,
        );
      }
      for (const v of row) if (!Number.isFinite(v)) throw new Error(`party ${p.name}: non-finite value`);
    });
    for (const w of p.weights) if (!Number.isFinite(w)) throw new Error(`party ${p.name}: non-finite weight`);
    if (p.reservation !== null && !Number.isFinite(p.reservation)) {
      throw new Error(`party ${p.name}: non-finite reservation`);
    }
  });
  return s;
}

/** An outcome as issue name → option label, the form results are reported in. */
export function outcomeLabels(s: Scenario, outcome: Outcome): Record<string, string> {
  const r: Record<string, string> = {};
  s.issues.forEach((issue, i) => {
    r[issue.name] = issue.options[outcome[i] ?? -1] ?? '?';
  });
  return r;
}
