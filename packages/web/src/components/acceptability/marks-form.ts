// The marking form's state, kept apart from React so it can be tested: per point, whether the party has marked
// it and which wordings it could accept. Saving sends every marked point with an answer for each of its
// wordings (ticked: could accept; unticked: could not); an unmarked point is left out.
import type { OwnAcceptability } from '@concord/core';

export type PointForm = { marked: boolean; accepted: string[] };
export type MarksForm = Record<string, PointForm>;

export function initialMarks(own: OwnAcceptability): MarksForm {
  return Object.fromEntries(
    own.points.map((p) => [p.lineageId, { marked: p.marked, accepted: [...p.accepted] }]),
  );
}

/** Ticking or unticking a wording marks the point. */
export function toggle(form: MarksForm, lineageId: string, key: string): MarksForm {
  const point = form[lineageId] ?? { marked: false, accepted: [] };
  const accepted = point.accepted.includes(key)
    ? point.accepted.filter((k) => k !== key)
    : [...point.accepted, key];
  return { ...form, [lineageId]: { marked: true, accepted } };
}

/** "None of these": the point is marked, with no wording acceptable. */
export function acceptNone(form: MarksForm, lineageId: string): MarksForm {
  return { ...form, [lineageId]: { marked: true, accepted: [] } };
}

/** Back to "not marked": the point is left out of the marks, and waits for this party again. */
export function unmark(form: MarksForm, lineageId: string): MarksForm {
  return { ...form, [lineageId]: { marked: false, accepted: [] } };
}

/** The PUT body: every marked point, each of its wordings answered. */
export function marksBody(own: OwnAcceptability, form: MarksForm) {
  return {
    points: own.points.flatMap((p) => {
      const f = form[p.lineageId];
      if (!f?.marked) return [];
      const wordings = Object.fromEntries(p.wordings.map((w) => [w.key, f.accepted.includes(w.key)]));
      return [{ lineageId: p.lineageId, wordings }];
    }),
  };
}
