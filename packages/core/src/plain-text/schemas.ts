// What the plain-text parser returns, as zod schemas: the server validates a preview a person corrected with
// them before it becomes a version. Texts are safe texts (see text/safe-text.ts) with the point limits; nesting is
// bounded by construction (LIMITS.pointDepth levels), like a version's point drafts.
import { z } from 'zod';
import { Condition, LIMITS, optionalText, Quantity, text } from '../schemas/common.ts';

/** Upper bounds of a parse: what a person can review in one preview. */
export const PLAIN_TEXT_LIMITS = {
  /** Bytes of UTF-8 the CLI and the server accept as one plan. */
  bytes: 1_000_000,
  /** Lines of preamble, trailer or not understood, each. */
  lines: 10_000,
} as const;

export const ParsedLine = z.strictObject({
  line: z.number().int().positive(),
  text: text(LIMITS.longText),
});
export type ParsedLine = z.infer<typeof ParsedLine>;

export type ParsedPoint = {
  number: string;
  text: string;
  subPoints: ParsedPoint[];
  quantities: Quantity[];
  parties: string[];
  conditions: Condition[];
};

function parsedPoint(depth: number): z.ZodType<ParsedPoint> {
  return z.strictObject({
    number: text(20),
    text: optionalText(LIMITS.longText),
    subPoints:
      depth <= 1
        ? z.array(z.never()).max(0, `points nest at most ${LIMITS.pointDepth} levels deep`)
        : z.array(parsedPoint(depth - 1)).max(LIMITS.pointsPerVersion),
    quantities: z.array(Quantity).max(LIMITS.quantities),
    parties: z.array(text(LIMITS.name)).max(LIMITS.aliases),
    conditions: z.array(Condition).max(LIMITS.conditions),
  });
}

export const ParsedPoint = parsedPoint(LIMITS.pointDepth);

export const ParsedPlan = z.strictObject({
  preamble: z.array(text(LIMITS.longText)).max(PLAIN_TEXT_LIMITS.lines),
  points: z.array(ParsedPoint).max(LIMITS.pointsPerVersion),
  trailer: z.array(text(LIMITS.longText)).max(PLAIN_TEXT_LIMITS.lines),
  unparsed: z.array(ParsedLine).max(PLAIN_TEXT_LIMITS.lines),
});
export type ParsedPlan = z.infer<typeof ParsedPlan>;

/** The parties to look for: each party's canonical name and its aliases. */
export const PartyNames = z
  .array(
    z.strictObject({
      name: text(LIMITS.name),
      aliases: z.array(text(LIMITS.name)).max(LIMITS.aliases).default([]),
    }),
  )
  .max(200);
export type PartyNames = z.infer<typeof PartyNames>;
