// The request fields that carry credentials: a login, a password, a six-digit code, a link's token. Each refuses
// what no real credential holds (control, invisible or direction-changing characters, characters outside a
// token's alphabet) with a 400 naming the field, before anything is looked up; none of them is ever trimmed,
// quoted back or logged. Whether a well-formed credential is right is the sign-in's question (401), not this one.
import { findTextProblem } from '@concord/core/text';
import { z } from '@hono/zod-openapi';
import { PASSWORD_MAX_LENGTH } from '../auth/password.ts';

const HIDDEN = 'must not hold control, invisible or direction-changing characters';

/** A handle or an e-mail address, as typed into a sign-in form. */
export const Login = z
  .string()
  .min(1, 'must not be empty')
  .max(254, 'must be at most 254 characters')
  .refine((v) => findTextProblem(v, { multiline: false }) === null, HIDDEN)
  .meta({ description: 'handle or e-mail address' });

/** A password as typed (never trimmed: a space is part of it). */
export const Password = z
  .string()
  .min(1, 'must not be empty')
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`)
  .refine((v) => findTextProblem(v, { multiline: false }) === null, HIDDEN);

/** A code from an authenticator app (spaces between the digits allowed, as apps show them). */
export const TotpCode = z
  .string()
  .regex(/^[0-9 ]{6,12}$/, 'must be the 6-digit code from the authenticator app');

/** A link's secret, from its fragment: the token alphabet only (whether it names anything is a 404 or 410). */
export const LinkToken = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'must be the token from the link (letters, digits, - and _)');
