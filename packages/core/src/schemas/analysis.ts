// The answers of the analysis API, once: a version's contested points as a negotiation domain
// (GET /api/versions/:id/domain) and its analysis in the caller's scope (GET /api/versions/:id/analysis).
// The engine builds these shapes, the server documents them in OpenAPI (the `id`s are its component names), and
// the browser reads them; all three take the types from here. They are answers, not inputs: plain objects (an
// unknown key is not refused) and nothing here validates a request body.
import { z } from 'zod';

/** What a party gets without agreement: its reservation value, zero, or its worst package (NegMAS's convention). */
export const DISAGREEMENTS = ['reservation', 'zero', 'negmas'] as const;
export const Disagreement = z.enum(DISAGREEMENTS);
export type Disagreement = z.infer<typeof Disagreement>;

export const SOLUTION_NAMES = ['nash', 'kalaiSmorodinsky', 'egalitarian', 'maxWelfare'] as const;
export const SolutionName = z.enum(SOLUTION_NAMES);
export type SolutionName = z.infer<typeof SolutionName>;

/** A number of packages: exact, as a decimal string beyond 2^53 (JSON numbers would round it). */
export const PackageCount = z.union([z.number(), z.string()]);
export type PackageCount = z.infer<typeof PackageCount>;

/** Every package: one wording per contested point. */
const outcomes = PackageCount.meta({
  description: 'Packages of the listed wordings (a decimal string beyond 2^53)',
});

const names = z.array(z.string());
const utilities = z.array(z.number());

// ---- the domain ----

export const OPTION_KINDS = ['variant', 'deleted', 'absent'] as const;

/** One wording of a contested point (or its absence) and the versions that carry it. */
export const DomainOption = z.object({
  /** Short name, unique within the point: the words that set this wording apart. */
  label: z.string(),
  /** The full text in the domain's language; null for the point's absence. */
  text: z.string().nullable(),
  /** "value unit" of each quantity of the wording, in the order written. */
  quantities: names,
  versionIds: names,
  versionLabels: names,
  /** 'deleted' when a version dropped a point its ancestor had; 'absent' when it never had it. */
  kind: z.enum(OPTION_KINDS),
});
export type DomainOption = z.infer<typeof DomainOption>;

/** A contested point: its lineage, how the version (or the last version carrying it) numbers it, its wordings. */
export const DomainIssue = z.object({
  /** "Point 6", or "Point 6 of <version>" when the version does not carry it. */
  name: z.string(),
  lineageId: z.string(),
  number: z.string(),
  /** The point's first words. */
  title: z.string(),
  /** False when the version does not carry the point. */
  inTarget: z.boolean(),
  draftOption: z.number().int().meta({ description: 'Index of the option this version carries' }),
  options: z.array(DomainOption),
});
export type DomainIssue = z.infer<typeof DomainIssue>;

export const PlanDomainAnswer = z
  .object({
    versionId: z.string(),
    planId: z.string(),
    language: z.string(),
    outcomes,
    issues: z.array(DomainIssue),
  })
  .meta({ id: 'PlanDomain' });
export type PlanDomainAnswer = z.infer<typeof PlanDomainAnswer>;

// ---- packages told as changes to the draft ----

/** One point a package words differently from another, as one sentence in the plan's own words. */
export const PointChange = z.object({
  /** The issue's name ("Point 6"). */
  issue: z.string(),
  lineageId: z.string(),
  /** Option labels: the wording left and the wording taken. */
  from: z.string(),
  to: z.string(),
  /** E.g. Point 6: replace "… 600,000 personnel" with the wording of E3 counter-draft: "… 800,000 …". */
  sentence: z.string(),
});
export type PointChange = z.infer<typeof PointChange>;

/** A package as its changes to the draft; `text` is their sentences one per line (or says there is none). */
export const ChangeDescription = z.object({ changes: z.array(PointChange), text: z.string() });
export type ChangeDescription = z.infer<typeof ChangeDescription>;

export const PlanSolution = z.object({
  utilities,
  /** Packages reaching the solution (the first few), each told as changes to the draft. */
  packages: z.array(ChangeDescription),
  /** How many packages reach the solution in all. */
  count: z.number(),
});
export type PlanSolution = z.infer<typeof PlanSolution>;

export const PlanSmallestChange = z.union([
  z.object({
    status: z.literal('found'),
    /** Points reworded (0: the draft already gives every party its reservation value). */
    changed: z.number(),
    utilities,
    changes: z.array(PointChange),
    text: z.string(),
    /** Other changes of the same size and the same Nash product (ties), not described. */
    alternatives: z.number(),
  }),
  z.object({ status: z.literal('none'), text: z.string() }),
]);
export type PlanSmallestChange = z.infer<typeof PlanSmallestChange>;

// ---- the analysis ----

/** Packages every party accepts: counted exactly, or estimated by sampling with an interval (never passed off as exact). */
export const AcceptableCount = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact'), value: PackageCount, method: z.string() }),
  z.object({
    kind: z.literal('estimate'),
    value: z.number(),
    low: z.number(),
    high: z.number(),
    confidence: z.number(),
    samples: z.number(),
    method: z.string(),
  }),
]);
export type AcceptableCount = z.infer<typeof AcceptableCount>;

/**
 * 'limit': the engine stopped at its size limit; `message` says which. 'sample': the points are a sample of the
 * frontier (it is too large to send or build whole), `message` says how it was drawn.
 */
const FrontierStatus = z.enum(['ok', 'limit', 'sample']);

export const PlanAnalysis = z
  .object({
    /** Party names, in the order of every utility vector below. */
    parties: names,
    /** The version's own wording: each party's utility, and whether it reaches its reservation value. */
    draft: z.object({ utilities, accepts: z.array(z.boolean()) }),
    outcomes,
    acceptableToAll: AcceptableCount,
    /** Efficient packages among ALL packages (acceptable or not), for the utility-space chart. */
    frontier: z.object({
      status: FrontierStatus,
      points: z.array(utilities),
      message: z.string().optional(),
    }),
    /** Efficient packages among those every party accepts (only the size: the solutions lie on it). */
    acceptableFrontier: z.object({
      status: FrontierStatus,
      size: z.number().optional(),
      message: z.string().optional(),
    }),
    solutions: z.object({
      nash: PlanSolution.nullable(),
      kalaiSmorodinsky: PlanSolution.nullable(),
      egalitarian: PlanSolution.nullable(),
      maxWelfare: PlanSolution.nullable(),
    }),
    smallestChange: PlanSmallestChange,
    disagreement: Disagreement,
    disagreementPoint: utilities,
    notes: names,
    /** Milliseconds per phase, and in all. */
    timings: z.record(z.string(), z.number()),
  })
  .meta({ id: 'PlanAnalysis' });
export type PlanAnalysis = z.infer<typeof PlanAnalysis>;

// ---- the analysis in the caller's scope ----

export const PartyRef = z.object({ partyId: z.string(), name: z.string() });
export type PartyRef = z.infer<typeof PartyRef>;

/** A party's utility of the version's wording, against its reservation value. */
export const PartyUtility = PartyRef.extend({
  draftUtility: z.number(),
  reservation: z.number(),
  accepts: z.boolean(),
});
export type PartyUtility = z.infer<typeof PartyUtility>;

/** A party whose valuation lacks a value for some wordings of these points (it is left out of the analysis). */
export const IncompleteValuation = PartyRef.extend({ points: names });
export type IncompleteValuation = z.infer<typeof IncompleteValuation>;

const scoped = {
  versionId: z.string(),
  parties: z.array(PartyUtility),
  incomplete: z.array(IncompleteValuation),
  /** Parties without a valuation of the plan. */
  missing: z.array(PartyRef),
};

/** A party's view: `parties`, `incomplete` and `missing` speak of that party only, and nothing else is sent. */
export const OwnAnalysis = z.object({ scope: z.literal('own'), ...scoped });
export type OwnAnalysis = z.infer<typeof OwnAnalysis>;

/** The mediator's view; `analysis` is null when no party's valuation is complete (`notes` says why). */
export const FullAnalysis = z.object({
  scope: z.literal('full'),
  ...scoped,
  analysis: PlanAnalysis.nullable(),
  notes: names,
});
export type FullAnalysis = z.infer<typeof FullAnalysis>;

export const VersionAnalysis = z
  .discriminatedUnion('scope', [OwnAnalysis, FullAnalysis])
  .meta({ id: 'VersionAnalysis' });
export type VersionAnalysis = z.infer<typeof VersionAnalysis>;
