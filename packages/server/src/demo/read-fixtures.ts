// Reads and checks the demo's fixture files. Everything is validated before anything is loaded: a broken
// fixture stops start-up with a message naming the file and the problem, and writes nothing.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { prettifyError } from 'zod';
import { applyChanges } from './apply-changes.ts';
import { coreProblems } from './core-problems.ts';
import { fixtureProblems } from './fixture-problems.ts';
import {
  type DemoFixtures,
  FixtureCategories,
  FixtureChangedVersion,
  type FixturePlan,
  FixtureProcesses,
  FixtureVersion,
} from './fixture-schema.ts';

export const FIXTURES_DIR = new URL('./fixtures/', import.meta.url);

export function readDemoFixtures(dir: URL = FIXTURES_DIR): DemoFixtures {
  const categories = parseFile(dir, 'categories.json', FixtureCategories).categories;
  const processes = parseFile(dir, 'processes.json', FixtureProcesses).processes.map((process) => ({
    ...process,
    plans: process.plans.map((plan) => ({ ...plan, versions: readVersions(dir, plan) })),
  }));
  const fixtures = { categories, processes };
  const problems = [...fixtureProblems(fixtures), ...coreProblems(fixtures)];
  if (problems.length > 0) throw new Error(`demo fixtures are inconsistent:\n- ${problems.join('\n- ')}`);
  return fixtures;
}

/** Reads a plan's versions in order; a version written as changes is applied to its (earlier) parent. */
function readVersions(dir: URL, plan: FixturePlan): FixtureVersion[] {
  const done = new Map<string, FixtureVersion>();
  for (const key of plan.versions) {
    const file = `versions/${key}.json`;
    const raw = readJson(dir, file);
    const isChanges = typeof raw === 'object' && raw !== null && 'changes' in raw;
    const version = isChanges
      ? fromChanges(file, parse(file, raw, FixtureChangedVersion), done)
      : parse(file, raw, FixtureVersion);
    if (version.key !== key) throw new Error(`${file}: key is ${version.key}, expected ${key}`);
    done.set(key, version);
  }
  return [...done.values()];
}

function fromChanges(
  file: string,
  changed: FixtureChangedVersion,
  earlier: Map<string, FixtureVersion>,
): FixtureVersion {
  const parent = earlier.get(changed.parent);
  if (parent === undefined) throw new Error(`${file}: parent ${changed.parent} is not an earlier version`);
  return applyChanges(parent, changed);
}

function parseFile<S extends z.ZodType>(dir: URL, file: string, schema: S): z.infer<S> {
  return parse(file, readJson(dir, file), schema);
}

function parse<S extends z.ZodType>(file: string, raw: unknown, schema: S): z.infer<S> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error(`${file}: ${prettifyError(result.error)}`);
  return result.data;
}

function readJson(dir: URL, file: string): unknown {
  const text = readFileSync(new URL(file, dir), 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
}
