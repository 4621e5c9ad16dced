// `concord rules simulate RULES EVENTS [--json] [--at TIME]`: runs guarantee rules over a timeline file with no
// server and no store (core's pure evaluator), and prints each case's steps with their dates and its outcome, or
// with --json the evaluation. A file that is not a valid rules or timeline file fails in one line naming the place.
import { open } from 'node:fs/promises';
import type { Evaluation, Read } from '@concord/core/guarantees';
import { toDisplayJson } from '@concord/core/text';
import { Command } from 'commander';
import { CliError } from '../errors.ts';
import { groupCommand } from '../group.ts';
import { formatEvaluation } from './rules-format.ts';

type SimulateFlags = { json?: boolean; at?: string };

const MAX_BYTES = 4_000_000;

export function rulesCommand(): Command {
  const group = groupCommand('rules', 'guarantee rules: triggers, timed steps and consequences');
  group.addCommand(
    new Command('simulate')
      .description(
        'run guarantee rules over a timeline of events (no server needed) and print each case: its steps with ' +
          'their dates (ISO 8601, UTC) and its outcome; formats in examples/rules/README.md',
      )
      .argument('<rules>', 'a rules file (JSON, format concord.rules/1)')
      .argument('<events>', 'a timeline file (JSON, format concord.timeline/1)')
      .option('--json', 'print { clock, cases, unplaced } as JSON')
      .option(
        '--at <time>',
        "evaluate as of this UTC date or time (default: the timeline's clock, else the end)",
      )
      .action(async (rulesPath: string, eventsPath: string, flags: SimulateFlags) => {
        await simulate(rulesPath, eventsPath, flags);
      }),
  );
  return group;
}

type Guarantees = typeof import('@concord/core/guarantees');

async function simulate(rulesPath: string, eventsPath: string, flags: SimulateFlags): Promise<void> {
  // Loaded here, not at the top: the evaluator's schemas (zod) would slow every `concord` start, `--help` included.
  const guarantees = await import('@concord/core/guarantees');
  const { evaluateRules, readRulesFile, readTimelineFile } = guarantees;
  const clock = flags.at === undefined ? undefined : readClock(flags.at, guarantees);
  const rules = valid(rulesPath, readRulesFile(await readJson(rulesPath)));
  const timeline = valid(eventsPath, readTimelineFile(await readJson(eventsPath), rules));
  const evaluation: Evaluation = evaluateRules(rules, timeline, clock === undefined ? {} : { clock });
  process.stdout.write(flags.json ? `${toDisplayJson(evaluation, 2)}\n` : formatEvaluation(evaluation));
}

function readClock(at: string, { Instant }: Guarantees): string {
  const parsed = Instant.safeParse(at);
  if (!parsed.success) throw new CliError(`--at ${at}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

function valid<T>(file: string, read: Read<T>): T {
  if (!read.ok) throw new CliError(`${file}: ${read.message}`);
  return read.value;
}

async function readJson(file: string): Promise<unknown> {
  const text = await readText(file);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** UTF-8 text of at most MAX_BYTES, read without trusting the size the file reports. */
async function readText(file: string): Promise<string> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${problem(error)}`);
  }
  try {
    if ((await handle.stat()).isDirectory())
      throw new CliError(`cannot read ${file}: it is a folder, not a file`);
    const buffer = Buffer.alloc(MAX_BYTES + 1);
    let size = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, size, buffer.length - size, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > MAX_BYTES)
        throw new CliError(`${file} is larger than ${MAX_BYTES.toLocaleString('en')} bytes`);
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, size)).replace(/^\ufeff/, '');
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (error instanceof TypeError) throw new CliError(`${file} is not valid UTF-8 text`);
    throw new CliError(`cannot read ${file}: ${problem(error)}`);
  } finally {
    await handle.close();
  }
}

function problem(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  return error instanceof Error ? error.message : String(error);
}
