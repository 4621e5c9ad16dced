// Command input validation with core's schemas: the same rules whether a request came over HTTP or from code.
import type { z } from 'zod';
import { fieldErrors, validationFailed } from './problems.ts';

/** Parses `input` with `schema` or throws a 400 problem listing every issue. */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix: readonly PropertyKey[] = [],
): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationFailed(fieldErrors(result.error, prefix));
  return result.data;
}
