// Access to the project's shared reference data (<repo>/../shared/data/negotiation), present in CI and on the
// development machine but not part of the repository: tests that use it skip, saying so, when it is absent.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const NEGOTIATION_DATA = fileURLToPath(
  new URL('../../../../../shared/data/negotiation/', import.meta.url),
);

export function sharedDataPresent(): boolean {
  return existsSync(`${NEGOTIATION_DATA}negmas-expected.jsonl`);
}

export type ExpectedSolution = { utils: number[]; outcome: string[]; n_ties?: number };

/** One line of negmas-expected.jsonl (see its README). */
export type ExpectedRow = {
  domain: string;
  path: string;
  format: string;
  domain_file: string;
  profile_files: string[];
  semantics: 'genius' | 'raw';
  n_outcomes: number;
  n_parties: number;
  issue_sizes: number[];
  reserved_values: number[];
  utility_ranges: [number, number][];
  n_acceptable_to_all: number;
  pareto_size: number;
  pareto_frontier_utils: number[][];
  nash_negmas_disagreement: ExpectedSolution | null;
  nash_zero_disagreement: ExpectedSolution | null;
  egalitarian: ExpectedSolution | null;
  kalai_smorodinsky: ExpectedSolution | null;
  max_welfare: ExpectedSolution | null;
  negmas_seconds_pareto_frontier_e2e: number;
};

/** The file is written by Python's json, which spells infinities as bare -Infinity/Infinity tokens. */
export function readExpectedRows(): ExpectedRow[] {
  const text = readFileSync(`${NEGOTIATION_DATA}negmas-expected.jsonl`, 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map(
      (l) =>
        JSON.parse(l.replace(/-Infinity/g, '-1e999').replace(/(?<![-\w])Infinity/g, '1e999')) as ExpectedRow,
    );
}

export function rowFiles(row: ExpectedRow): string[] {
  const dir = `${NEGOTIATION_DATA}domains/${row.path}/`;
  return [dir + row.domain_file, ...row.profile_files.map((f) => dir + f)];
}
