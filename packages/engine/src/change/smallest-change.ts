// The smallest change to a draft after which every party reaches its reservation value: the fewest issues
// changed, ties broken by the largest Nash product. Branch and bound, level by level: for k = 0, 1, 2, … it
// searches the packages that differ from the draft on at most k issues and stops at the first k that has an
// acceptable one, so k is proven minimal; within that level the Nash product is maximised with proven bounds.
// Bounds at a node (some issues decided, c changes made, j = k − c changes left):
//   - per party: what it has + the draft's remaining options + its j largest possible improvements ≥ reservation;
//   - surrogate: the same for weighted sums y·u (y from the Nash dual), against y·reservation;
//   - Nash: log-product at the per-party corner, and each tangent plane c + y·(what is reachable with j changes).
import { ACCEPT_TOLERANCE } from '../count/acceptable.ts';
import {
  type Disagreement,
  type Outcome,
  outcomeLabels,
  reservationFloors,
  type Scenario,
  utilityOf,
  utilityTables,
} from '../model.ts';
import { nashObjective } from '../optimize/optimize-nash.ts';
import { dualPlanes } from '../optimize/solve-concave.ts';

export type IssueChange = { issue: string; from: string; to: string };

export type ChangeCandidate = {
  outcome: Outcome;
  labels: Record<string, string>;
  utilities: number[];
  changes: IssueChange[];
};

export type SmallestChange =
  | {
      status: 'found';
      /** Number of issues changed (0: the draft is already acceptable to every party). */
      changed: number;
      /** Nash product of the chosen packages; null when some party's gain cannot be positive. */
      nashProduct: number | null;
      /** All packages with that many changes and the best Nash product (ties). */
      candidates: ChangeCandidate[];
      truncated: boolean;
      /** Search nodes visited; the search is exhaustive, so `changed` and the product are proven optimal. */
      nodes: number;
    }
  | { status: 'impossible'; reason: string; nodes: number };

export type ChangeOptions = {
  disagreement: Disagreement;
  maxTies?: number;
  shouldStop?: (nodes: number) => boolean;
};

export class SmallestChangeStopped extends Error {
  override name = 'SmallestChangeStopped';
}

type Tables = { k: number; m: number; t: number[][][] };

/** top[pos][j]: sum of the j largest gains among positions ≥ pos (gains ≥ 0). */
function topSums(gains: number[]): Float64Array[] {
  const m = gains.length;
  return Array.from({ length: m + 1 }, (_, pos) => {
    const sorted = gains.slice(pos).sort((a, b) => b - a);
    const out = new Float64Array(m + 1);
    for (let j = 1; j <= m; j++) out[j] = (out[j - 1] as number) + (sorted[j - 1] ?? 0);
    return out;
  });
}

export function checkDraft(s: Scenario, draft: Outcome): void {
  if (!Array.isArray(draft) || draft.length !== s.issues.length) {
    throw new RangeError(`the draft must choose one option for each of the ${s.issues.length} issues`);
  }
  draft.forEach((o, i) => {
    const issue = s.issues[i];
    if (!issue || !Number.isInteger(o) || o < 0 || o >= issue.options.length) {
      throw new RangeError(`the draft's option for issue "${issue?.name ?? i}" does not exist`);
    }
  });
}

export function smallestChange(s: Scenario, draft: Outcome, options: ChangeOptions): SmallestChange {
  checkDraft(s, draft);
  const tables = utilityTables(s);
  const T: Tables = { k: s.parties.length, m: s.issues.length, t: tables };
  const { k, m } = T;
  const threshold = reservationFloors(s).map((r) => r - ACCEPT_TOLERANCE);
  const slack = 1e-12 * (1 + tables.flat(2).reduce((a, v) => a + Math.abs(v), 0));
  const nash = nashObjective(s, options.disagreement);
  const planes = dualPlanes(s, nash, 40).planes.slice(0, 4);
  const val = (p: number, i: number, o: number) => ((tables[p] as number[][])[i] as number[])[o] as number;
  const planeVal = (y: Float64Array, i: number, o: number) => {
    let v = 0;
    for (let p = 0; p < k; p++) v += (y[p] as number) * val(p, i, o);
    return v;
  };
  const sizes = s.issues.map((issue) => issue.options.length);
  // Per party and per plane: the draft's value from position on, and the best improvements by changing.
  const draftAfter = (f: (i: number, o: number) => number) => {
    const out = new Float64Array(m + 1);
    for (let i = m - 1; i >= 0; i--) out[i] = (out[i + 1] as number) + f(i, draft[i] as number);
    return out;
  };
  const gainOf = (f: (i: number, o: number) => number) =>
    s.issues.map((_, i) =>
      Math.max(
        0,
        ...Array.from({ length: sizes[i] as number }, (_, o) => f(i, o) - f(i, draft[i] as number)),
      ),
    );
  const partyRest = tables.map((_, p) => draftAfter((i, o) => val(p, i, o)));
  const partyTop = tables.map((_, p) => topSums(gainOf((i, o) => val(p, i, o))));
  const planeRest = planes.map((pl) => draftAfter((i, o) => planeVal(pl.weights, i, o)));
  const planeTop = planes.map((pl) => topSums(gainOf((i, o) => planeVal(pl.weights, i, o))));
  const planeNeed = planes.map((pl) =>
    threshold.reduce((a, t, p) => (Number.isFinite(t) ? a + (pl.weights[p] as number) * t : a), 0),
  );
  const planeBinding = planes.map(() => threshold.every((t) => Number.isFinite(t)));

  const partial = new Float64Array((m + 1) * k);
  const corner = new Float64Array(k);
  const choice = new Int32Array(m);
  let nodes = 0;
  let best = Number.NEGATIVE_INFINITY;
  let found = false;
  let ties: { outcome: Outcome; value: number }[] = [];
  let dropped = Number.NEGATIVE_INFINITY;
  const tol = nash.tolerance;
  const maxTies = options.maxTies ?? 200;

  /**
   * Upper bound on the log Nash product below this node with `left` changes still allowed, or null when no
   * completion can be acceptable to every party (per-party or surrogate bound).
   */
  const bound = (pos: number, left: number): number | null => {
    const base = pos * k;
    for (let p = 0; p < k; p++) {
      const reach =
        (partial[base + p] as number) +
        ((partyRest[p] as Float64Array)[pos] as number) +
        (((partyTop[p] as Float64Array[])[pos] as Float64Array)[left] as number);
      if (reach < (threshold[p] as number) - slack) return null;
      corner[p] = reach;
    }
    let b = nash.boxBound(corner);
    planes.forEach((plane, h) => {
      let reach =
        ((planeRest[h] as Float64Array)[pos] as number) +
        (((planeTop[h] as Float64Array[])[pos] as Float64Array)[left] as number);
      for (let p = 0; p < k; p++) reach += (plane.weights[p] as number) * (partial[base + p] as number);
      if (planeBinding[h] && reach < (planeNeed[h] as number) - slack * k) b = Number.NaN;
      b = Math.min(b, plane.constant + reach);
    });
    return Number.isNaN(b) ? null : b;
  };

  const record = () => {
    const outcome = Array.from(choice);
    const u = Float64Array.from(tables, (_, p) => utilityOf(tables, p, outcome));
    if (!u.every((x, p) => x >= (threshold[p] as number))) return;
    const value = nash.objective(u); // −∞ when some gain is not positive: such packages tie among themselves
    found = true;
    if (value > best) {
      best = value;
      ties = ties.filter((t) => t.value >= best - tol);
      if (dropped < best - tol) dropped = Number.NEGATIVE_INFINITY;
    }
    if (value < best - tol) return;
    if (ties.length >= maxTies) dropped = Math.max(dropped, value);
    else ties.push({ outcome, value });
  };

  const visit = (pos: number, left: number): void => {
    nodes++;
    if ((nodes & 0xffff) === 0 && options.shouldStop?.(nodes))
      throw new SmallestChangeStopped('search stopped');
    if (pos === m) {
      record();
      return;
    }
    const base = pos * k;
    const drafted = draft[pos] as number;
    const order = [drafted, ...[...Array(sizes[pos]).keys()].filter((o) => o !== drafted)];
    for (const o of order) {
      const spend = o === drafted ? 0 : 1;
      if (spend > left) break;
      for (let p = 0; p < k; p++) partial[base + k + p] = (partial[base + p] as number) + val(p, pos, o);
      choice[pos] = o;
      const b = bound(pos + 1, left - spend);
      if (b === null || b < best - tol) continue;
      visit(pos + 1, left - spend);
    }
  };

  for (let budget = 0; budget <= m; budget++) {
    if (bound(0, budget) === null) continue;
    visit(0, budget);
    if (found) {
      const candidates = ties.map(({ outcome }) => ({
        outcome,
        labels: outcomeLabels(s, outcome),
        utilities: tables.map((_, p) => utilityOf(tables, p, outcome)),
        changes: outcome.flatMap((o, i) =>
          o === draft[i]
            ? []
            : [
                {
                  issue: s.issues[i]?.name as string,
                  from: s.issues[i]?.options[draft[i] as number] as string,
                  to: s.issues[i]?.options[o] as string,
                },
              ],
        ),
      }));
      return {
        status: 'found',
        changed: budget,
        nashProduct: Number.isFinite(best) ? Math.exp(best) : null,
        candidates,
        truncated: dropped >= best - tol,
        nodes,
      };
    }
  }
  return {
    status: 'impossible',
    reason: 'no package is acceptable to every party, whatever is changed',
    nodes,
  };
}
