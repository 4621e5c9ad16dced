// Resurfaced points: a point a party rejected (or made a red line) that comes back, unchanged or only reworded.
//
// A point x of version V resurfaces for party P when P has a standing rejection of it:
// - a `rejects` or `red-line` position of P on a point x comes from (graph.ancestorsOf: an earlier version), or on
//   x itself taken on a day before V was created (the 600,000 cap Ukraine had refused in 2022, written into the
//   28-point draft of November 2025);
// - on a point whose substance x keeps (x is unchanged or only reworded): the same quantities and conditions, and
//   in some language at least half the words of the longer text kept in order. A point whose numbers or
//   conditions changed (the cap raised from 600,000 to 800,000), or whose text was rewritten (a constitutional
//   ban on NATO membership become "accession depends on the consensus of NATO members"), is a new offer, not the
//   rejected one coming back;
// - and P has not taken a supportive position (supports, accepts, accepts with conditions) since, on x or on any
//   of those points. `undecided` does not lift a rejection.
// The rejection cited is the latest that stands. Positions are ordered by the day taken, then by log order.
import type { LineageGraph, LineagePoint } from '../lineage/graph.ts';
import { compareWording, sameWording } from '../lineage/wording.ts';
import { redline, wordsOf } from '../lineage/words.ts';
import { REJECTING_STANCES, SUPPORTIVE_STANCES } from '../schemas/position.ts';
import { historyOrder, type PositionFact } from './current.ts';

export type Resurfacing<P extends PositionFact = PositionFact> = {
  pointId: string;
  partyId: string;
  /** The rejection that stands: the latest one, with its day, stance and (in P) its rationale. */
  rejection: P;
  /** The version of the point it was recorded on: an earlier version, or V itself for a rejection older than V. */
  rejectedVersionId: string;
  /** How the point reads now against the one rejected. */
  change: 'unchanged' | 'reworded';
};

/**
 * Every (point of the version, party) that resurfaces, in the version's reading order. `createdOn` is the day the
 * version was created (YYYY-MM-DD), or null when unknown (then only rejections on earlier versions count).
 */
export function resurfacedIn<P extends PositionFact>(
  graph: LineageGraph,
  positions: readonly P[],
  versionId: string,
  createdOn: string | null,
): Resurfacing<P>[] {
  const byPoint = new Map<string, P[]>();
  for (const p of positions) byPoint.set(p.pointId, [...(byPoint.get(p.pointId) ?? []), p]);
  const out: Resurfacing<P>[] = [];
  for (const point of graph.pointsOf(versionId)) {
    const kin = [
      point,
      ...[...graph.ancestorsOf(point.id)].map((id) => graph.points.get(id) as LineagePoint),
    ];
    const same = kin.filter((k) => k === point || keepsSubstance(k, point));
    const history = same.flatMap((k) => byPoint.get(k.id) ?? []).sort(historyOrder);
    const parties = [...new Set(history.map((p) => p.partyId))].sort();
    for (const partyId of parties) {
      const own = history.filter((p) => p.partyId === partyId);
      const standing = latestRejection(own, point.id, createdOn);
      if (standing === null) continue;
      const since = own.slice(own.indexOf(standing) + 1);
      if (since.some((p) => SUPPORTIVE_STANCES.includes(p.stance))) continue;
      const rejected = graph.points.get(standing.pointId) as LineagePoint;
      out.push({
        pointId: point.id,
        partyId,
        rejection: standing,
        rejectedVersionId: rejected.versionId,
        change: rejected === point || sameWording(rejected, point) ? 'unchanged' : 'reworded',
      });
    }
  }
  return out;
}

/** The share of the longer text's words a rewording must keep, in order, to be the same point reworded. */
export const REWORDING_KEEPS = 0.5;

// The same quantities and conditions, and a text reworded rather than rewritten: the substance rejected.
function keepsSubstance(before: LineagePoint, after: LineagePoint): boolean {
  const change = compareWording(before, after);
  if (change.quantities || change.conditions) return false;
  if (sameWording(before, after)) return true;
  return Object.keys(after.text).some((language) => {
    const was = before.text[language];
    return was !== undefined && keptShare(was, after.text[language] as string) >= REWORDING_KEEPS;
  });
}

function keptShare(before: string, after: string): number {
  const longer = Math.max(wordsOf(before).length, wordsOf(after).length);
  if (longer === 0) return 1;
  const kept = redline(before, after)
    .filter((run) => run.op === 'same')
    .reduce((n, run) => n + wordsOf(run.text).length, 0);
  return kept / longer;
}

function latestRejection<P extends PositionFact>(
  own: readonly P[],
  pointId: string,
  createdOn: string | null,
): P | null {
  for (let i = own.length - 1; i >= 0; i--) {
    const p = own[i] as P;
    if (!REJECTING_STANCES.includes(p.stance)) continue;
    if (p.pointId !== pointId || (createdOn !== null && p.takenOn < createdOn)) return p;
  }
  return null;
}
