// The valuation form's state and rules, apart from React. The form shows the plan domain (one row per contested
// point, one field per wording); what is sent is core's ValuationInput, keyed by lineage and by version.
import type { DomainIssue } from '../api/analysis-types.ts';
import type { Valuation, ValuationInput } from '../api/types.ts';

export type ValuationForm = {
  reservation: string;
  note: string;
  /** One per domain issue, in the domain's order. */
  points: { lineageId: string; weight: string; values: string[] }[];
};

/** Field keys: `reservation`, `weight:<issue>`, `value:<issue>:<option>`. */
export type FieldErrors = Record<string, string>;

const show = (n: number | undefined) => (n === undefined ? '' : String(n));

/**
 * The form for a domain, filled from an existing valuation when there is one. An option's value is the value of
 * the first of its versions that the valuation names (the engine reads it the same way). A new valuation starts
 * with every point weighted 1 (equally important) and no values.
 */
export function initialForm(issues: DomainIssue[], existing: Valuation | null): ValuationForm {
  const byLineage = new Map((existing?.points ?? []).map((p) => [p.lineageId, p]));
  return {
    reservation: existing ? String(existing.reservation) : '',
    note: existing?.note ?? '',
    points: issues.map((issue) => {
      const saved = byLineage.get(issue.lineageId);
      return {
        lineageId: issue.lineageId,
        weight: existing ? show(saved?.weight ?? 0) : '1',
        values: issue.options.map((o) => {
          const v = o.versionIds.find((id) => saved?.values[id] !== undefined);
          return v === undefined ? '' : show(saved?.values[v]);
        }),
      };
    }),
  };
}

function parseNumber(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** A weight field as the saved valuation reads it: blank is 0; null when it is not a number of 0 or more. */
export function weightOf(text: string): number | null {
  const t = text.trim();
  if (t === '') return 0;
  const n = parseNumber(t);
  return n === null || n < 0 ? null : n;
}

/**
 * Checks the form and builds the request body. Blank values are left out (the analysis then names the point as
 * incomplete for a party that weights it); a value is written for every version that carries its wording.
 */
export function toValuationInput(
  issues: DomainIssue[],
  form: ValuationForm,
): { ok: true; input: ValuationInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const unit = (key: string, text: string): number | null => {
    const n = parseNumber(text);
    if (n === null || n < 0 || n > 1) {
      errors[key] = 'a number from 0 to 1';
      return null;
    }
    return n;
  };
  const reservation = unit('reservation', form.reservation);
  const points = issues.map((issue, i) => {
    const row = form.points[i];
    const weight = weightOf(row?.weight ?? '');
    if (weight === null) errors[`weight:${i}`] = 'a number of 0 or more';
    const values: Record<string, number> = {};
    issue.options.forEach((option, j) => {
      const text = row?.values[j]?.trim() ?? '';
      if (text === '') return;
      const v = unit(`value:${i}:${j}`, text);
      if (v !== null) for (const id of option.versionIds) values[id] = v;
    });
    return { lineageId: issue.lineageId, weight: weight ?? 0, values };
  });
  if (points.length > 0 && points.every((p) => p.weight === 0))
    errors['weight:0'] ??= 'at least one point needs a weight above 0';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { reservation: reservation ?? 0, points, note: form.note.trim() } };
}

/**
 * The server's field errors (paths such as `points.3.values.<versionId>`, possibly prefixed `body.`) as form
 * field keys, so each message appears beside its field. Paths the form does not know are left to the summary.
 */
export function fieldErrorsFromProblem(
  issues: DomainIssue[],
  errors: { path: string; message: string }[],
): FieldErrors {
  const out: FieldErrors = {};
  for (const e of errors) {
    const parts = e.path.split(/[./]/).filter((s) => s !== '' && s !== 'body');
    if (parts[0] === 'reservation') out.reservation = e.message;
    if (parts[0] !== 'points') continue;
    const i = Number(parts[1]);
    const issue = issues[i];
    if (!Number.isInteger(i) || issue === undefined) continue;
    if (parts[2] === 'values' && parts[3] !== undefined) {
      const j = issue.options.findIndex((o) => o.versionIds.includes(parts[3] as string));
      out[j >= 0 ? `value:${i}:${j}` : `weight:${i}`] = e.message;
    } else {
      out[`weight:${i}`] = e.message;
    }
  }
  return out;
}
