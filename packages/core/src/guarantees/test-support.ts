// Test helpers: the shipped rule files (examples/rules at the repository's root) and a compact view of a case.
import { readFileSync } from 'node:fs';
import type { CaseChange, GuaranteeCase } from './guarantee-case.ts';
import { readRulesFile, readTimelineFile } from './read-guarantee-files.ts';
import type { RulesFile } from './rules-file.ts';
import type { TimelineFile } from './timeline-file.ts';

export const examplesDir = new URL('../../../../examples/rules/', import.meta.url);

export const exampleJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(name, examplesDir), 'utf8'));

export function exampleRules(name: string): RulesFile {
  const read = readRulesFile(exampleJson(name));
  if (!read.ok) throw new Error(`${name}: ${read.message}`);
  return read.value;
}

/** A timeline file from its events, checked against `rules` as the CLI checks it. */
export function timeline(
  rules: RulesFile,
  events: unknown[],
  extra: Record<string, unknown> = {},
): TimelineFile {
  const read = readTimelineFile({ format: 'concord.timeline/1', events, ...extra }, rules);
  if (!read.ok) throw new Error(read.message);
  return read.value;
}

/** One line per change: `2025-09-19T00:00:00.000Z decided council-vote not-adopted`. */
export function steps(c: GuaranteeCase | undefined): string[] {
  return (c?.changes ?? []).map((ch: CaseChange) => {
    const what =
      ch.kind === 'opened'
        ? ch.cause.join(',')
        : ch.kind === 'step-entered'
          ? `${ch.step} until ${ch.deadline ?? 'a decision'}`
          : ch.kind === 'decided' || ch.kind === 'recorded'
            ? `${ch.step} ${ch.outcome}`
            : ch.kind === 'extended'
              ? `${ch.step} until ${ch.deadline}`
              : ch.kind === 'defaulted'
                ? ch.step
                : ch.kind === 'consequence'
                  ? ch.consequence.kind
                  : ch.outcome;
    return `${ch.at} ${ch.kind} ${what}`;
  });
}
