// OpenAPI components. Every entity and input schema is core's zod schema, named here so the document refers
// to one component per type; nothing is redefined.
import {
  Commitment,
  CommitmentCreate,
  CommitmentUpdate,
  Id,
  Party,
  PartyCreate,
  PartyUpdate,
  Plan,
  PlanCreate,
  PlanUpdate,
  Point,
  PointCreate,
  PointUpdate,
  Process,
  ProcessCreate,
  ProcessUpdate,
  Version,
  VersionCreate,
  VersionUpdate,
  VersionWithdraw,
  VersionWithdrawal,
} from '@concord/core';
import { z } from '@hono/zod-openapi';

export const schemas = {
  Process: Process.meta({ id: 'Process' }),
  ProcessCreate: ProcessCreate.meta({ id: 'ProcessCreate' }),
  ProcessUpdate: ProcessUpdate.meta({ id: 'ProcessUpdate' }),
  Party: Party.meta({ id: 'Party' }),
  PartyCreate: PartyCreate.meta({ id: 'PartyCreate' }),
  PartyUpdate: PartyUpdate.meta({ id: 'PartyUpdate' }),
  Plan: Plan.meta({ id: 'Plan' }),
  PlanCreate: PlanCreate.meta({ id: 'PlanCreate' }),
  PlanUpdate: PlanUpdate.meta({ id: 'PlanUpdate' }),
  Version: Version.meta({ id: 'Version' }),
  VersionCreate: VersionCreate.meta({ id: 'VersionCreate' }),
  VersionUpdate: VersionUpdate.meta({ id: 'VersionUpdate' }),
  Point: Point.meta({ id: 'Point' }),
  PointCreate: PointCreate.meta({ id: 'PointCreate' }),
  PointUpdate: PointUpdate.meta({ id: 'PointUpdate' }),
  Commitment: Commitment.meta({ id: 'Commitment' }),
  CommitmentCreate: CommitmentCreate.meta({ id: 'CommitmentCreate' }),
  CommitmentUpdate: CommitmentUpdate.meta({ id: 'CommitmentUpdate' }),
  VersionWithdraw: VersionWithdraw.meta({ id: 'VersionWithdraw' }),
};

/** What the caller may do with an object, by action (from the one policy): the web app shows actions from it. */
export const AbilitiesSchema = z.record(z.string(), z.boolean()).meta({ id: 'Abilities' });

export const PresentedProcess = Process.extend({ abilities: AbilitiesSchema }).meta({
  id: 'PresentedProcess',
});
export const PresentedPlan = Plan.extend({ abilities: AbilitiesSchema }).meta({ id: 'PresentedPlan' });
export const PresentedVersion = Version.extend({
  /** Null while the version stands; withdrawn versions stay listed, marked with why and when. */
  withdrawal: VersionWithdrawal.nullable(),
  abilities: AbilitiesSchema,
}).meta({
  id: 'PresentedVersion',
});

export const ProcessDetailSchema = PresentedProcess.extend({
  parties: z.array(schemas.Party),
  plans: z.array(PresentedPlan),
}).meta({ id: 'ProcessDetail' });

export const PlanDetailSchema = PresentedPlan.extend({ versions: z.array(PresentedVersion) }).meta({
  id: 'PlanDetail',
});

export const VersionDetailSchema = PresentedVersion.extend({
  processId: Id,
  points: z.array(schemas.Point),
  commitments: z.array(schemas.Commitment),
}).meta({ id: 'VersionDetail' });

export const ProblemSchema = z
  .object({
    type: z.string().meta({ example: 'https://concord.dev/problems/validation-failed' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });

/** Path parameter `{name}` holding an entity id. */
export function idParam<K extends string>(name: K) {
  return z.object({ [name]: Id } as Record<K, typeof Id>);
}

/** A non-negative integer in a query string ("12"), refusing signs, spaces, exponents and leading zeros. */
export const QueryInt = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,15})$/, 'must be a non-negative integer')
  .transform(Number)
  .pipe(z.number().int().max(Number.MAX_SAFE_INTEGER));

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** The error answers every route may give, documented once. */
export const problemResponses = {
  400: problem('Validation failed or malformed JSON'),
  404: problem('No such entity or route'),
  500: problem('Internal error (nothing recorded)'),
} as const;

export const writeProblemResponses = {
  ...problemResponses,
  409: problem('Conflicts with the current state (e.g. the version is final)'),
  413: problem('Request body too large'),
  415: problem('Body is not application/json'),
  422: problem('Breaks a domain rule (e.g. a reference to another plan)'),
} as const;

/** What a sign-in route may answer besides success. */
export const signInProblemResponses = {
  ...writeProblemResponses,
  401: problem('Sign-in failed, or a second factor is needed (the problem type says which)'),
  403: problem('Refused: the request did not come from this site'),
  410: problem('The link was used, withdrawn, or has expired'),
  429: problem('Too many attempts: wait for Retry-After seconds'),
  501: problem('Passkeys are not available at this server’s address'),
} as const;

/** What the account routes may answer besides success. */
export const accountProblemResponses = {
  ...writeProblemResponses,
  401: problem('Not signed in'),
  403: problem('An API token cannot manage an account, or the current password is wrong'),
} as const;

/** An answer with no body. */
export const noContent = { description: 'Done' } as const;

export function jsonBody<S extends z.ZodType>(schema: S) {
  return { required: true, content: { 'application/json': { schema } } };
}

export function jsonAnswer<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { 'application/json': { schema } } };
}
