// A party's current position and whether a point is contested. Positions are ordered by the day they were
// taken, then by log order (two recordings of one day: the later recorded wins), so recording an old position
// afterwards (a 2022 rejection entered in 2025) puts it in its place in the history, not on top of it.
import { REJECTING_STANCES, type Stance } from '../schemas/position.ts';

/** What the rules need of a recorded position. */
export type PositionFact = {
  id: string;
  partyId: string;
  pointId: string;
  stance: Stance;
  takenOn: string;
  logIndex: number;
};

/** Negative when `a` comes before `b` in a history. */
export function historyOrder(a: PositionFact, b: PositionFact): number {
  if (a.takenOn !== b.takenOn) return a.takenOn < b.takenOn ? -1 : 1;
  return a.logIndex - b.logIndex;
}

/** The latest position of each party on one point, by party id. */
export function currentPositions<P extends PositionFact>(
  positions: readonly P[],
  pointId: string,
): Map<string, P> {
  const current = new Map<string, P>();
  for (const p of positions.filter((x) => x.pointId === pointId).sort(historyOrder))
    current.set(p.partyId, p);
  return current;
}

/** A point is contested when the parties that took a position differ, or any of them rejects it. */
export function isContested(stances: readonly Stance[]): boolean {
  if (stances.some((s) => REJECTING_STANCES.includes(s))) return true;
  return new Set(stances).size > 1;
}
