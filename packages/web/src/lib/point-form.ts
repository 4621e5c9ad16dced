// A point's form, apart from React: what the fields hold (strings, as typed), the body they make, and the
// messages of core's own schemas (PointCreate, PointUpdate) by field, so the form says what the server would.
import { CommitmentCreate, PointCreate, PointUpdate } from '@concord/core';
import type { Commitment, Point } from '../api/types.ts';

export type QuantityRow = { value: string; unit: string; text: string };
export type ConditionRow = { if: string; then: string };

export type PointForm = {
  number: string;
  /** One text per language, in the order shown. */
  texts: { lang: string; text: string }[];
  categories: string[];
  quantities: QuantityRow[];
  conditions: ConditionRow[];
};

/** Field path (as the schema names it, e.g. `quantities.0.unit`, `text.en`) → message. */
export type FormErrors = Record<string, string>;

export function formOf(point: Point): PointForm {
  return {
    number: point.number,
    texts: Object.entries(point.text).map(([lang, text]) => ({ lang, text })),
    categories: [...point.categories],
    quantities: point.quantities.map((q) => ({ value: String(q.value), unit: q.unit, text: q.text })),
    conditions: point.conditions.map((c) => ({ if: c.if, then: c.then })),
  };
}

export function emptyForm(lang = 'en', number = ''): PointForm {
  return { number, texts: [{ lang, text: '' }], categories: [], quantities: [], conditions: [] };
}

/** A number as typed ("600,000", "600 000", "1.5") or NaN; the schema then names the field. */
export function parseAmount(value: string): number {
  const t = value.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replaceAll(',', ''));
  if (/^-?(\d+\.?\d*|\.\d+)$/.test(t)) return Number(t);
  return Number.NaN;
}

/** The body the form makes (without the number when blank: the server then numbers the point). */
export function bodyOf(form: PointForm): Record<string, unknown> {
  const text: Record<string, string> = {};
  for (const t of form.texts) text[t.lang.trim()] = t.text;
  return {
    ...(form.number.trim() === '' ? {} : { number: form.number }),
    text,
    categories: form.categories,
    quantities: form.quantities.map((q) => ({ value: parseAmount(q.value), unit: q.unit, text: q.text })),
    conditions: form.conditions.map((c) => ({ if: c.if, then: c.then })),
  };
}

type Issues = { issues: { path: PropertyKey[]; message: string }[] };

function errorsOf(error: Issues, rename: (path: string) => string = (p) => p): FormErrors {
  const errors: FormErrors = {};
  for (const issue of error.issues) {
    const path = rename(issue.path.map(String).join('.'));
    errors[path] ??= issue.message;
  }
  return errors;
}

/** A number NaN from a field that is not a number reads better in words than as the schema's "expected number". */
function amountMessages(form: PointForm, errors: FormErrors): FormErrors {
  form.quantities.forEach((q, i) => {
    if (Number.isNaN(parseAmount(q.value)))
      errors[`quantities.${i}.value`] = 'must be a number, like 600000 or 1.5';
  });
  return errors;
}

/** Two rows in the same language would silently become one: said beside the second. */
function languageMessages(form: PointForm, errors: FormErrors): FormErrors {
  const seen = new Set<string>();
  form.texts.forEach((t, i) => {
    const lang = t.lang.trim();
    if (seen.has(lang)) errors[`texts.${i}.lang`] = `${lang} is already a language of this point`;
    seen.add(lang);
  });
  return errors;
}

type Parser = { safeParse(value: unknown): { success: true } | { success: false; error: Issues } };

/** Core's messages for any body, by field path ('' for the whole body); {} when the schema accepts it. */
export function schemaErrors(schema: Parser, value: unknown): FormErrors {
  const result = schema.safeParse(value);
  return result.success ? {} : errorsOf(result.error);
}

/** The messages of core's schema for this form, by field; {} when the server would accept it. */
export function validatePoint(form: PointForm, mode: 'create' | 'update'): FormErrors {
  const body = bodyOf(form);
  const result = (mode === 'create' ? PointCreate : PointUpdate).safeParse(body);
  const errors = result.success ? {} : errorsOf(result.error as Issues);
  return languageMessages(form, amountMessages(form, errors));
}

/** The message for a text field of a language, wherever the schema put it (`text.en` or `text`). */
export function textError(errors: FormErrors, lang: string): string | undefined {
  return errors[`text.${lang.trim()}`];
}

export type CommitmentForm = {
  obligor: string;
  beneficiary: string;
  action: string;
  dueKind: 'none' | 'date' | 'event';
  due: string;
  verification: string;
};

export function emptyCommitment(): CommitmentForm {
  return { obligor: '', beneficiary: '', action: '', dueKind: 'none', due: '', verification: '' };
}

/** A recorded commitment as the form shows it, to be changed in place. */
export function commitmentFormOf(c: Commitment): CommitmentForm {
  const dueKind = c.due === null ? 'none' : 'date' in c.due ? 'date' : 'event';
  const due = c.due === null ? '' : 'date' in c.due ? c.due.date : c.due.event;
  return {
    obligor: c.obligor,
    beneficiary: c.beneficiary ?? '',
    action: c.action,
    dueKind,
    due,
    verification: c.verification ?? '',
  };
}

export function commitmentBody(form: CommitmentForm): Record<string, unknown> {
  return {
    obligor: form.obligor,
    beneficiary: form.beneficiary.trim() === '' ? null : form.beneficiary,
    action: form.action,
    due: form.dueKind === 'none' ? null : form.dueKind === 'date' ? { date: form.due } : { event: form.due },
    verification: form.verification.trim() === '' ? null : form.verification,
  };
}

/** Core's messages for a commitment, by field (`due` for either kind of due). */
export function validateCommitment(form: CommitmentForm): FormErrors {
  const result = CommitmentCreate.safeParse(commitmentBody(form));
  return result.success ? {} : errorsOf(result.error as Issues, (p) => (p.startsWith('due') ? 'due' : p));
}
