// `parsePlan(text)`: a numbered plan as it circulates (a news article, a leak, a PDF pasted as text) read into
// points and sub-points with their quantities, the parties they name and their conditions. Pure and total: any
// string gives a result, in time linear in its length, and every non-empty line of the input is kept in exactly
// one place (the preamble, a point's text, the trailer, or `unparsed` with its line number).

import { LIMITS } from '../schemas/common.ts';
import { findConditions } from './conditions.ts';
import { layoutPlan, type PointDraft } from './layout.ts';
import { partyMatcher } from './parties.ts';
import { findQuantities } from './quantities.ts';
import type { ParsedPlan, ParsedPoint } from './schemas.ts';

export type ParseOptions = { parties?: Array<{ name: string; aliases: string[] }> };

export function parsePlan(text: string, options: ParseOptions = {}): ParsedPlan {
  const layout = layoutPlan(text);
  const findParties = partyMatcher(options.parties ?? []);
  const point = (draft: PointDraft): ParsedPoint => ({
    number: draft.number,
    text: draft.text,
    subPoints: draft.subPoints.map(point),
    quantities: findQuantities(draft.text).slice(0, LIMITS.quantities),
    parties: findParties(draft.text),
    conditions: findConditions(draft.text).slice(0, LIMITS.conditions),
  });
  return {
    preamble: layout.preamble.map((l) => l.text),
    points: layout.points.map(point),
    trailer: layout.trailer.map((l) => l.text),
    unparsed: layout.unparsed.map(({ line, text }) => ({ line, text })),
  };
}

/** Counts the points and sub-points of a parse. */
export function countParsed(points: ParsedPoint[]): { points: number; subPoints: number } {
  let subPoints = 0;
  const walk = (ps: ParsedPoint[]) => {
    for (const p of ps) {
      subPoints += p.subPoints.length;
      walk(p.subPoints);
    }
  };
  walk(points);
  return { points: points.length, subPoints };
}
