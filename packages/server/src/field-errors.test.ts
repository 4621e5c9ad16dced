// A refused union names the field that is wrong when one branch came closest, and keeps its own word otherwise.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { fieldErrors } from './problems.ts';

const Transition = z.union([
  z.strictObject({ next: z.string() }),
  z.strictObject({ end: z.string(), consequences: z.array(z.strictObject({ kind: z.enum(['void']) })) }),
]);

test('a union refusal names the field of the branch that came closest', () => {
  const result = z.object({ default: Transition }).safeParse({
    default: { end: 'x', consequences: [{ kind: 'nul\u0000' }] },
  });
  assert.ok(!result.success);
  const errors = fieldErrors(result.error, ['rules']);
  assert.deepEqual(
    errors.map((e) => e.path),
    ['rules.default.consequences.0.kind'],
  );
  assert.ok(!JSON.stringify(errors).includes('nul'), 'the refused value is not echoed');
});

test('branches that tie keep the union word at its own path', () => {
  const result = z.object({ n: z.union([z.string(), z.number()]) }).safeParse({ n: true });
  assert.ok(!result.success);
  assert.deepEqual(
    fieldErrors(result.error).map((e) => e.path),
    ['n'],
  );
});
