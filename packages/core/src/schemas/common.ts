// Building blocks shared by the entity schemas. Every string and array has an upper bound so that an oversized
// request is refused by validation instead of reaching the log (which keeps everything forever).
import { z } from 'zod';
import { findTextProblem } from '../text/safe-text.ts';

export const LIMITS = {
  name: 200,
  title: 300,
  label: 120,
  shortText: 2_000,
  longText: 20_000,
  aliases: 50,
  languages: 20,
  categories: 30,
  quantities: 30,
  conditions: 30,
  commitmentsPerPoint: 50,
  pointsPerVersion: 1_000,
  commitmentsPerVersion: 2_000,
  pointDepth: 4,
  derivations: 50,
} as const;

/** Index of the last log entry that changed an entity. */
export const LogIndex = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/**
 * Names, titles and labels are one line; `multiline` texts (point texts, descriptions, notes, clauses) may hold
 * line breaks and tabs.
 */
export type TextOptions = { multiline?: boolean };

/** Prose: may hold line breaks and tabs. */
export const MULTILINE: TextOptions = { multiline: true };

// Every text is checked after trimming, so a stray newline at the end of a title is trimmed, not refused. The
// check (see text/safe-text.ts) refuses what would display differently from what it says or break a reader.
// `x-concord-text` tells OpenAPI readers (and the server's hostile-text walk) which strings are such texts.
function safe(schema: z.ZodString, { multiline = false }: TextOptions) {
  const checked = schema.check((ctx) => {
    const problem = findTextProblem(ctx.value, { multiline });
    // `continue` as a refinement's issue has: inside a union (a commitment's `due`) the error then stays on
    // the field that holds the text instead of becoming a bare "invalid input" on the union.
    if (problem !== null)
      ctx.issues.push({ code: 'custom', message: problem.message, input: ctx.value, continue: true });
  });
  return checked.meta({ 'x-concord-text': multiline ? 'multiline' : 'line' });
}

/** A trimmed, non-empty, safe text with a length bound: one line unless `multiline`. */
export function text(max: number, options: TextOptions = {}) {
  return safe(
    z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`),
    options,
  );
}

/** Text that may be empty (descriptions, notes); otherwise as `text`. */
export function optionalText(max: number, options: TextOptions = {}) {
  return safe(z.string().trim().max(max, `must be at most ${max} characters`), options);
}

/** BCP 47-like language tag: `en`, `uk`, `ar`, `pt-BR`, `zh-Hant`. */
export const Language = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, 'must be a language tag like en, uk or pt-BR');

/** A text in one or more languages, keyed by language tag. */
export const Multilingual = z
  .record(Language, text(LIMITS.longText, MULTILINE))
  .refine((t) => Object.keys(t).length >= 1, 'needs a text in at least one language')
  .refine((t) => Object.keys(t).length <= LIMITS.languages, `at most ${LIMITS.languages} languages`);
export type Multilingual = z.infer<typeof Multilingual>;

/** A taxonomy key (PA-X-like headings such as `military limits` or `ceasefire`). */
export const Category = text(80);

export const Quantity = z.strictObject({
  value: z.number().finite(),
  unit: text(60),
  text: optionalText(LIMITS.shortText, MULTILINE),
});
export type Quantity = z.infer<typeof Quantity>;

export const Condition = z.strictObject({
  if: text(LIMITS.shortText, MULTILINE),
  then: text(LIMITS.shortText, MULTILINE),
});
export type Condition = z.infer<typeof Condition>;

/** Refuses `{}` as an update: a patch must change something. */
export function nonEmptyPatch<T extends z.ZodRawShape>(shape: T) {
  return z
    .strictObject(shape)
    .partial()
    .refine(
      (patch) => Object.values(patch).some((v) => v !== undefined),
      'an update must change at least one field',
    );
}
