// Adjusted Winner (Brams & Taylor) for two parties who each spread 100 points over divisible issues.
// Each issue first goes to the side that values it more; the side that ends ahead then hands issues back,
// cheapest for it first (lowest ratio own/other points), splitting at most one issue, until both sides hold
// the same number of their own points. Arithmetic is exact (rationals), so "66 each" is an equality.
import {
  add,
  compare,
  div,
  fromDecimal,
  mul,
  ONE,
  type Rational,
  rational,
  sub,
  toNumber,
  toText,
  ZERO,
} from './rational.ts';

export type PointAllocation = {
  parties: [string, string];
  issues: string[];
  /** points[party][issue]: each party's points, non-negative, summing to 100. */
  points: [number[], number[]];
};

/**
 * Who gets an issue both sides value equally, decided after the untied issues are given out.
 * `to-leader`: to the side ahead (Brams' Adjusted Winner site, the Panama example);
 * `to-trailer`: to the side behind (COMAP, Wolfram demonstration). Both end equitable.
 */
export type TieRule = 'to-leader' | 'to-trailer';

export type IssueAward = {
  issue: string;
  points: [number, number];
  /** 0 or 1: the party that values it more; 'tie' when both value it equally. */
  initialWinner: 0 | 1 | 'tie';
  /** Share of the issue that ends with the first party, exact ("2/15") and as a number. */
  shareOfFirst: string;
  shareOfFirstValue: number;
};

export type AdjustedWinnerResult = {
  parties: [string, string];
  tieRule: TieRule;
  awards: IssueAward[];
  /** Each party's own points at the end, exact and as numbers; equal by construction. */
  totals: [string, string];
  totalValues: [number, number];
  /** The one issue that is divided, if any. */
  split: { issue: string; shareOfFirst: string; shareOfFirstValue: number } | null;
};

export class AdjustedWinnerInputError extends Error {
  override name = 'AdjustedWinnerInputError';
}

function validate(input: PointAllocation): [Rational[], Rational[]] {
  const { parties, issues, points } = input;
  if (!Array.isArray(parties) || parties.length !== 2 || parties.some((p) => typeof p !== 'string' || !p)) {
    throw new AdjustedWinnerInputError('Adjusted Winner needs exactly two named parties');
  }
  if (!Array.isArray(issues) || issues.length === 0) throw new AdjustedWinnerInputError('no issues given');
  if (issues.some((i) => typeof i !== 'string' || !i) || new Set(issues).size !== issues.length) {
    throw new AdjustedWinnerInputError('issue names must be non-empty and distinct');
  }
  const hundred = rational(100n);
  const read = (party: 0 | 1): Rational[] => {
    const row = points?.[party];
    if (!Array.isArray(row) || row.length !== issues.length) {
      throw new AdjustedWinnerInputError(`${parties[party]}: expected ${issues.length} point values`);
    }
    const values = row.map((x, k) => {
      if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) {
        throw new AdjustedWinnerInputError(
          `${parties[party]}: points for "${issues[k]}" must be a number ≥ 0`,
        );
      }
      return fromDecimal(x);
    });
    const total = values.reduce(add, ZERO);
    if (compare(total, hundred) !== 0) {
      throw new AdjustedWinnerInputError(`${parties[party]}: points total ${toText(total)}, expected 100`);
    }
    return values;
  };
  return [read(0), read(1)];
}

/** Runs Adjusted Winner; throws AdjustedWinnerInputError on malformed input. */
export function adjustedWinner(input: PointAllocation, tieRule: TieRule = 'to-leader'): AdjustedWinnerResult {
  const [a, b] = validate(input);
  const m = input.issues.length;
  const own = (party: 0 | 1, k: number): Rational => (party === 0 ? a[k] : b[k]) as Rational;
  const winners = input.issues.map((_, k) => {
    const c = compare(own(0, k), own(1, k));
    return c > 0 ? 0 : c < 0 ? 1 : ('tie' as const);
  });
  // share[k] = fraction of issue k held by party 0.
  const share: Rational[] = winners.map((w) => (w === 0 ? ONE : ZERO));
  const totalOf = (party: 0 | 1): Rational =>
    share.reduce((sum, s, k) => add(sum, mul(party === 0 ? s : sub(ONE, s), own(party, k))), ZERO);

  const untiedLead = compare(totalOf(0), totalOf(1));
  const tieToFirst = tieRule === 'to-leader' ? untiedLead >= 0 : untiedLead < 0;
  winners.forEach((w, k) => {
    if (w === 'tie') share[k] = tieToFirst ? ONE : ZERO;
  });

  let split: number | null = null;
  const lead = compare(totalOf(0), totalOf(1));
  if (lead !== 0) {
    const leader: 0 | 1 = lead > 0 ? 0 : 1;
    const other: 0 | 1 = leader === 0 ? 1 : 0;
    const held = (k: number) => compare(share[k] as Rational, leader === 0 ? ZERO : ONE) !== 0;
    // Cheapest transfers first: lowest own/other ratio; an issue the other side values at 0 goes last.
    const order = [...Array(m).keys()]
      .filter((k) => held(k) && compare(add(own(leader, k), own(other, k)), ZERO) > 0)
      .sort((x, y) => {
        const c = compare(mul(own(leader, x), own(other, y)), mul(own(leader, y), own(other, x)));
        return c !== 0 ? c : x - y;
      });
    for (const k of order) {
      const gap = sub(totalOf(leader), totalOf(other));
      if (compare(gap, ZERO) <= 0) break;
      const whole = add(own(leader, k), own(other, k));
      const fraction = compare(gap, whole) >= 0 ? ONE : div(gap, whole); // fraction handed to the other side
      share[k] = leader === 0 ? sub(ONE, fraction) : fraction;
      if (compare(fraction, ONE) < 0) split = k;
    }
  }

  const totals = [totalOf(0), totalOf(1)] as const;
  return {
    parties: [...input.parties],
    tieRule,
    awards: input.issues.map((issue, k) => ({
      issue,
      points: [toNumber(own(0, k)), toNumber(own(1, k))],
      initialWinner: winners[k] as 0 | 1 | 'tie',
      shareOfFirst: toText(share[k] as Rational),
      shareOfFirstValue: toNumber(share[k] as Rational),
    })),
    totals: [toText(totals[0]), toText(totals[1])],
    totalValues: [toNumber(totals[0]), toNumber(totals[1])],
    split:
      split === null
        ? null
        : {
            issue: input.issues[split] as string,
            shareOfFirst: toText(share[split] as Rational),
            shareOfFirstValue: toNumber(share[split] as Rational),
          },
  };
}
