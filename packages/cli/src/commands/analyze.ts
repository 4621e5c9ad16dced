// `concord analyze PATH…`: load a negotiation scenario (a folder with a domain and its profiles, or the files),
// run the whole analysis in a worker thread (time and memory limits end it with one clear line, never an
// out-of-memory crash), and print the results for a mediator — or one JSON object with --json.
import { revealInvisible, toDisplayJson } from '@concord/core/text';
import type { AnalysisResult, SmallestChange } from '@concord/engine';
import type { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { CliError, errorLine } from '../errors.ts';

type AnalyzeFlags = {
  semantics: 'genius' | 'raw';
  disagreement: 'reservation' | 'zero' | 'negmas';
  draft?: unknown;
  json?: boolean;
  timeLimit: number;
  memoryLimit: number;
};

type Analysis = AnalysisResult & { smallestChange?: SmallestChange; timings: Record<string, number> };

function parseDraft(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw new InvalidArgumentError('expected JSON, e.g. \'{"Army cap": "No cap"}\' or \'["No cap", …]\'.');
  }
}

function positive(what: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || !(n > 0))
      throw new InvalidArgumentError(`expected a positive ${what}.`);
    return n;
  };
}

export function analyzeCommand(program?: Command): Command {
  const command = new Command('analyze')
    .description(
      'analyse a negotiation: packages, those acceptable to all, Pareto frontier, Nash, Kalai–Smorodinsky, ' +
        'egalitarian, max welfare, and with --draft the smallest change every party accepts',
    )
    .argument('<path...>', 'a folder holding a domain and its profiles, or the files themselves')
    .addOption(
      new Option('--semantics <semantics>', 'how Genius XML evaluations are read')
        .choices(['genius', 'raw'])
        .default('genius'),
    )
    .addOption(
      new Option('--disagreement <point>', 'disagreement point for Nash, Kalai–Smorodinsky and egalitarian')
        .choices(['reservation', 'zero', 'negmas'])
        .default('reservation'),
    )
    .addOption(
      new Option(
        '--draft <json>',
        'a draft package, {"issue": "option", …}: find the smallest acceptable change',
      ).argParser(parseDraft),
    )
    .option('--json', 'print one JSON object instead of the report')
    .addOption(
      new Option('--time-limit <seconds>', 'stop the analysis after this long')
        .argParser(positive('number of seconds'))
        .default(300),
    )
    .addOption(
      new Option('--memory-limit <mb>', 'heap limit of the analysis worker')
        .argParser(positive('number of MB'))
        .default(4096),
    )
    .action(async (paths: string[], flags: AnalyzeFlags) => {
      await runAnalyze(paths, flags);
    });
  program?.addCommand(command);
  return command;
}

async function runAnalyze(paths: string[], flags: AnalyzeFlags): Promise<void> {
  // Loaded here, not at the top: `concord --help` and the other commands should not pay for the engine.
  const [{ createEnginePool, loadScenario }, { SingleBar }] = await Promise.all([
    import('@concord/engine'),
    import('cli-progress'),
  ]);
  let scenario: ReturnType<typeof loadScenario>;
  try {
    scenario = loadScenario(paths, { semantics: flags.semantics });
  } catch (error) {
    throw new CliError(`cannot load the scenario: ${errorLine(error)}`);
  }
  const pool = createEnginePool({ maxThreads: 1, memoryLimitMb: flags.memoryLimit });
  const bar = !flags.json && process.stderr.isTTY ? progressBar(SingleBar) : null;
  try {
    const result = await pool.run<Analysis>(
      {
        kind: 'analyze',
        scenario,
        disagreement: flags.disagreement,
        ...(flags.draft !== undefined ? { draft: flags.draft } : {}),
      },
      {
        timeLimitMs: flags.timeLimit * 1000,
        onProgress: (p) => bar?.update(Math.round((p.fraction ?? 0) * 100), { phase: p.phase }),
      },
    );
    bar?.stop();
    process.stdout.write(flags.json ? `${toDisplayJson(toJson(result), 2)}\n` : report(result));
  } catch (error) {
    bar?.stop();
    throw new CliError(errorLine(error));
  } finally {
    await pool.close();
  }
}

function progressBar(Bar: typeof SingleBar): SingleBar {
  const bar = new Bar({
    format: 'analysing {bar} {percentage}% {phase}',
    stream: process.stderr,
    clearOnComplete: true,
    hideCursor: true,
  });
  bar.start(100, 0, { phase: 'count' });
  return bar;
}

/** The ENGINE_COMMON results object (plus `smallestChange` with --draft). */
function toJson(r: Analysis): Record<string, unknown> {
  const change = r.smallestChange;
  return {
    scenario: r.scenario,
    parties: r.parties,
    disagreement: r.disagreement,
    disagreementPoint: r.disagreementPoint,
    outcomes: r.outcomes,
    acceptableToAll: r.acceptableToAll,
    frontier: r.frontier,
    frontierStatus: r.frontierStatus,
    nash: r.nash,
    kalaiSmorodinsky: r.kalaiSmorodinsky,
    egalitarian: r.egalitarian,
    maxWelfare: r.maxWelfare,
    equalUtility: r.equalUtility,
    nashByConvention: r.nashByConvention,
    ...(change
      ? {
          smallestChange:
            change.status === 'found'
              ? {
                  status: change.status,
                  changed: change.changed,
                  nashProduct: change.nashProduct,
                  candidates: change.candidates.map((c) => ({
                    outcome: c.labels,
                    utilities: c.utilities,
                    changes: c.changes,
                  })),
                  truncated: change.truncated,
                }
              : { status: change.status, reason: change.reason },
        }
      : {}),
    notes: r.notes,
    timings: r.timings,
  };
}

// Names and wordings come from the scenario's files: shown so a terminal escape or a right-to-left override in
// them can neither act on the terminal nor reorder the line (the JSON output escapes them as \uXXXX instead).
const shown = (text: string) => revealInvisible(text, { singleLine: true });
const fmt = (x: number) => (Math.abs(x) >= 1000 ? x.toFixed(1) : x.toPrecision(6).replace(/\.?0+$/, ''));
const vector = (u: number[]) => `(${u.map(fmt).join(', ')})`;
const pkg = (o: Record<string, string>) =>
  Object.entries(o)
    .map(([issue, option]) => `${shown(issue)}: ${shown(option)}`)
    .join('; ');

function countLine(c: Record<string, unknown>): string {
  if (c.kind === 'exact') return `${c.value} (exact, ${c.method})`;
  const n = (x: unknown) => Number(x).toExponential(4);
  return `about ${n(c.value)} (estimate, 99% interval ${n(c.low)} – ${n(c.high)}, ${c.samples} samples)`;
}

function report(r: Analysis): string {
  const lines: string[] = [];
  lines.push(
    `Scenario ${shown(r.scenario)}: ${r.issues.length} issues; parties in order: ${r.parties.map(shown).join(', ')}`,
  );
  lines.push(`Disagreement point (${r.disagreement}): ${vector(r.disagreementPoint)}`);
  lines.push(`Packages: ${r.outcomes}; acceptable to every party: ${countLine(r.acceptableToAll)}`);
  const f = r.frontierStatus;
  lines.push(
    f.status === 'ok'
      ? `Pareto frontier of acceptable packages: ${f.size} points (${f.method})`
      : `Pareto frontier: ${f.message}`,
  );
  const solutions: [string, AnalysisResult['nash']][] = [
    ['Nash', r.nash],
    ['Kalai–Smorodinsky', r.kalaiSmorodinsky],
    ['Egalitarian', r.egalitarian],
    ['Max welfare', r.maxWelfare],
  ];
  for (const [name, s] of solutions) {
    if (!s) {
      lines.push(`${name}: none`);
      continue;
    }
    const first = s.outcomes[0];
    const tied = BigInt(s.outcomeCount) - 1n;
    const more = tied > 0n ? ` (+${tied} tied package(s))` : '';
    lines.push(`${name}: utilities ${vector(s.utilities)}${more}${first ? ` — ${pkg(first)}` : ''}`);
  }
  const change = r.smallestChange;
  if (change?.status === 'impossible') lines.push(`Smallest change: impossible — ${shown(change.reason)}`);
  if (change?.status === 'found') {
    const best = change.candidates[0];
    lines.push(
      change.changed === 0
        ? 'Smallest change: none needed, every party accepts the draft'
        : `Smallest change: ${change.changed} issue(s)${change.candidates.length > 1 ? ` (${change.candidates.length} equally good)` : ''} — ${best?.changes.map((c) => `${shown(c.issue)}: ${shown(c.from)} → ${shown(c.to)}`).join('; ')}; utilities ${vector(best?.utilities ?? [])}`,
    );
  }
  for (const note of r.notes) lines.push(`Note: ${shown(note)}`);
  lines.push(
    `Timings: ${Object.entries(r.timings)
      .sort(([a], [b]) => Number(a === 'total') - Number(b === 'total'))
      .map(([phase, ms]) => `${phase === 'smallestChange' ? 'smallest change' : phase} ${ms.toFixed(1)} ms`)
      .join(', ')}`,
  );
  return `${lines.join('\n')}\n`;
}
