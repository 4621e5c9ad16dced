// Checks the fixtures against core's create schemas before anything is written: each command runs in its own
// transaction, so a version refused halfway through loading would leave half a demo behind.
import { PartyCreate, PlanCreate, ProcessCreate, uuidv7, VersionCreate } from '@concord/core';
import type { z } from 'zod';
import { prettifyError } from 'zod';
import { allPoints, type DemoFixtures } from './fixture-schema.ts';
import { toVersionInput } from './to-version-input.ts';

export function coreProblems(fixtures: DemoFixtures): string[] {
  const problems: string[] = [];
  const check = (what: string, schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value);
    if (!result.success) problems.push(`${what}: ${prettifyError(result.error)}`);
  };
  for (const process of fixtures.processes) {
    check(process.key, ProcessCreate, { title: process.title, description: process.description });
    for (const { key, ...party } of process.parties) check(`${process.key} party ${key}`, PartyCreate, party);
    for (const plan of process.plans) {
      check(plan.key, PlanCreate, {
        title: plan.title,
        mediatorPartyId: plan.mediator === null ? null : uuidv7(),
      });
      // Stand-in ids: the real ones exist only once the parties and parent versions are loaded.
      const lineages = new Map(
        plan.versions.flatMap((v) => allPoints(v).map((p) => [p.key, uuidv7()] as const)),
      );
      for (const version of plan.versions) {
        const { planId: _planId, ...input } = toVersionInput(version, {
          planId: uuidv7(),
          parentVersionId: version.parent === null ? null : uuidv7(),
          partyId: () => uuidv7(),
          lineageOf: (key) => lineages.get(key) ?? uuidv7(),
          pointOf: (key) => lineages.get(key) ?? uuidv7(),
        });
        check(version.key, VersionCreate, input);
      }
    }
  }
  return problems;
}
