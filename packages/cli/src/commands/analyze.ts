// `concord analyze PATH…`: load a negotiation scenario (a folder with a domain and its profiles, or the files),
// run the whole analysis in a worker thread (time and memory limits end it with one clear line, never an
// out-of-memory crash), and print the results for a mediator — or one JSON object with --json. The report
// prints the answers (count, Nash, egalitarian, max welfare, the draft and its smallest change) as soon as the
// worker has them, and the frontier (with Kalai–Smorodinsky and equal utility, which need it) after.
import { revealInvisible, toDisplayJson } from '@concord/core/text';
import type { AnalysisAnswers, AnalysisResult, FrontierMode } from '@concord/engine';
import type { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { CliError, errorLine } from '../errors.ts';

type AnalyzeFlags = {
  semantics: 'genius' | 'raw';
  disagreement: 'reservation' | 'zero' | 'negmas';
  draft?: unknown;
  frontier?: Exclude<FrontierMode, 'auto'>;
  json?: boolean;
  timeLimit: number;
  memoryLimit: number;
};

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
    .addOption(
      new Option(
        '--frontier <mode>',
        'the Pareto frontier: full (exact), sample (exact points, not all of them) or none; default full for ' +
          'two parties, and for more full when it stays under 20,000 points, else a sample (the report says which)',
      ).choices(['full', 'none', 'sample']),
    )
    .option('--json', 'print one JSON object instead of the report')
    .addOption(
      new Option('--time-limit <seconds>', 'stop the analysis after this long')
        .argParser(positive('number of seconds'))
        .default(300),
    )
    .addOption(
      new Option(
        '--memory-limit <mb>',
        "memory of the analysis: its worker's heap, and the frontier's arrays counted by the engine",
      )
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
  const showBar = !flags.json && process.stderr.isTTY;
  const [{ createEnginePool, loadScenario }, Bar] = await Promise.all([
    import('@concord/engine'),
    // Only a terminal gets a progress bar: a script or a pipe does not pay for loading it.
    showBar ? import('cli-progress').then((m) => m.SingleBar) : null,
  ]);
  let scenario: ReturnType<typeof loadScenario>;
  try {
    scenario = loadScenario(paths, { semantics: flags.semantics });
  } catch (error) {
    throw new CliError(`cannot load the scenario: ${errorLine(error)}`);
  }
  const pool = createEnginePool({ maxThreads: 1, memoryLimitMb: flags.memoryLimit });
  let bar = Bar ? progressBar(Bar) : null;
  let answered = false;
  try {
    const result = await pool.run<AnalysisResult>(
      {
        kind: 'analyze',
        scenario,
        disagreement: flags.disagreement,
        frontier: flags.frontier ?? 'auto',
        ...(flags.draft !== undefined ? { draft: flags.draft } : {}),
      },
      {
        timeLimitMs: flags.timeLimit * 1000,
        onProgress: (p) => bar?.update(Math.round((p.fraction ?? 0) * 100), { phase: p.phase }),
        // The report shows the answers at once; the frontier part follows when the run ends.
        ...(flags.json
          ? {}
          : {
              onAnswers: (a: AnalysisAnswers) => {
                bar?.stop();
                process.stdout.write(answersReport(a));
                answered = true;
                bar = bar && Bar ? progressBar(Bar, 'frontier') : null;
              },
            }),
      },
    );
    bar?.stop();
    if (flags.json) process.stdout.write(`${toDisplayJson(toJson(result), 2)}\n`);
    else process.stdout.write(`${answered ? '' : answersReport(result)}${frontierReport(result)}`);
  } catch (error) {
    bar?.stop();
    throw new CliError(errorLine(error));
  } finally {
    await pool.close();
  }
}

function progressBar(Bar: typeof SingleBar, phase = 'count'): SingleBar {
  const bar = new Bar({
    format: 'analysing {bar} {percentage}% {phase}',
    stream: process.stderr,
    clearOnComplete: true,
    hideCursor: true,
  });
  bar.start(100, 0, { phase });
  return bar;
}

/** The ENGINE_COMMON results object (plus `draft` and `smallestChange` with --draft). */
function toJson(r: AnalysisResult): Record<string, unknown> {
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
    ...(r.draft ? { draft: r.draft } : {}),
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

type Named = Pick<AnalysisResult, 'nash'>['nash'];

function solutionLine(name: string, s: Named): string {
  if (!s) return `${name}: none`;
  const first = s.outcomes[0];
  const tied = BigInt(s.outcomeCount) - 1n;
  const more = tied > 0n ? ` (+${tied} tied package(s))` : '';
  return `${name}: utilities ${vector(s.utilities)}${more}${first ? ` — ${pkg(first)}` : ''}`;
}

/** Everything that needs no frontier: printed as soon as the worker sends it. */
function answersReport(r: AnalysisAnswers): string {
  const lines: string[] = [];
  lines.push(`Scenario ${shown(r.scenario)}; parties in order: ${r.parties.map(shown).join(', ')}`);
  lines.push(`Disagreement point (${r.disagreement}): ${vector(r.disagreementPoint)}`);
  lines.push(`Packages: ${r.outcomes}; acceptable to every party: ${countLine(r.acceptableToAll)}`);
  lines.push(solutionLine('Nash', r.nash));
  lines.push(solutionLine('Egalitarian', r.egalitarian));
  lines.push(solutionLine('Max welfare', r.maxWelfare));
  if (r.draft) {
    const verdict = r.draft.accepts.every(Boolean)
      ? 'every party accepts it'
      : `below the reservation of ${r.parties
          .filter((_, k) => !r.draft?.accepts[k])
          .map(shown)
          .join(', ')}`;
    lines.push(`Draft: utilities ${vector(r.draft.utilities)}; ${verdict}`);
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
  return `${lines.join('\n')}\n`;
}

function frontierLine(f: AnalysisResult['frontierStatus']): string {
  if (f.status === 'ok')
    return `Pareto frontier of acceptable packages: ${f.size} points (exact, ${f.method})`;
  return `Pareto frontier: ${f.message}`;
}

/** The frontier and what needs it, then notes and timings: printed when the run ends. */
function frontierReport(r: AnalysisResult): string {
  const lines: string[] = [frontierLine(r.frontierStatus)];
  for (const [name, solution] of [
    ['Kalai–Smorodinsky', r.kalaiSmorodinsky],
    ['Equal utility', r.equalUtility],
  ] as const) {
    lines.push(
      r.frontierStatus.status === 'ok'
        ? solutionLine(name, solution)
        : `${name}: not computed (it needs the whole frontier)`,
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
