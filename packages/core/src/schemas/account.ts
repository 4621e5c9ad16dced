// An account is a person. Accounts and their credentials are configuration kept beside the log, not in it: an
// e-mail address must be correctable and a person's sign-in secrets must never be hashed into a public record.
// What the log records about a person is the membership (the role, the process, the name shown there).
import { z } from 'zod';
import { Id } from '../ids.ts';
import { IsoUtc } from '../time.ts';
import { LIMITS, text } from './common.ts';

/** A sign-in handle: lower-case letters, digits, dot, dash, underscore; 3–40 characters. */
export const Handle = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, 'must be 3–40 characters: letters, digits, dot, dash or underscore');

export const Email = z.string().trim().toLowerCase().max(254).email('must be an e-mail address');

export const Account = z.strictObject({
  id: Id,
  name: text(LIMITS.name),
  handle: Handle,
  email: Email.nullable(),
  /** Set by the operator: may open new processes (and so become their lead mediator). */
  mayOpenProcesses: z.boolean(),
  createdAt: IsoUtc,
  disabledAt: IsoUtc.nullable(),
});
export type Account = z.infer<typeof Account>;

export const AccountCreate = z.strictObject({
  name: text(LIMITS.name),
  handle: Handle,
  email: Email.nullable().default(null),
  mayOpenProcesses: z.boolean().default(false),
});
export type AccountCreate = z.infer<typeof AccountCreate>;
export type AccountCreateInput = z.input<typeof AccountCreate>;
