// The work the engine pool runs off the main thread. Each task is a plain, structured-clonable message so the
// request thread only ships a scenario and gets a result back; progress goes through a MessagePort.
import type { MessagePort } from 'node:worker_threads';
import { type AnalysisAnswers, analyzeScenario, type FrontierMode } from '../analyze-scenario.ts';
import { draftFromJson } from '../change/draft.ts';
import { smallestChange } from '../change/smallest-change.ts';
import { countAcceptable } from '../count/count-acceptable.ts';
import { type Disagreement, type Outcome, type Scenario, validateScenario } from '../model.ts';
import { optimizeEgalitarian } from '../optimize/optimize-egalitarian.ts';
import { optimizeNash } from '../optimize/optimize-nash.ts';
import { analyzePlan } from '../plan-domain/analyze-plan.ts';
import type { PlanDomain } from '../plan-domain/types.ts';

export type EngineTask =
  | {
      kind: 'analyze';
      scenario: Scenario;
      disagreement: Disagreement;
      /** Draft package (issue → option label, or labels in issue order): adds `draft` and `smallestChange`. */
      draft?: unknown;
      /** Default 'full'; see analyzeScenario. */
      frontier?: FrontierMode;
      frontierLimit?: number;
    }
  | { kind: 'count'; scenario: Scenario }
  | { kind: 'smallest-change'; scenario: Scenario; draft: Outcome; disagreement: Disagreement }
  | { kind: 'nash'; scenario: Scenario; disagreement: Disagreement }
  | { kind: 'egalitarian'; scenario: Scenario; disagreement: Disagreement }
  | {
      /** A plan version's analysis in the plan's words (PlanAnalysis); `frontierLimit` bounds the chart's frontier. */
      kind: 'plan-analysis';
      domain: PlanDomain;
      scenario: Scenario;
      disagreement: Disagreement;
      frontierLimit?: number;
    };

export type Progress = { phase: string; nodes?: number; fraction?: number };

export type Report = (progress: Progress) => void;

/** The second kind of message on a run's port: the 'analyze' task's answers, sent before its frontier. */
export type AnswersMessage = { answers: AnalysisAnswers };

/** Sends progress at most every 100 ms, so a fast search does not flood the request thread. */
export function throttled(port: MessagePort | undefined): Report {
  let last = Number.NEGATIVE_INFINITY;
  return (progress) => {
    const now = performance.now();
    if (!port || now - last < 100) return;
    last = now;
    port.postMessage(progress);
  };
}

/** What the worker knows besides the task: where answers go, and the memory limit its heap was given. */
export type TaskContext = { onAnswers?: (answers: AnalysisAnswers) => void; memoryLimitMb?: number };

export function runTask(task: EngineTask, report: Report, context: TaskContext = {}): unknown {
  const scenario = validateScenario(task.scenario);
  const shouldStop = (nodes: number) => {
    report({ phase: task.kind, nodes });
    return false;
  };
  switch (task.kind) {
    case 'analyze':
      return analyzeWithDraft(task, scenario, report, context);
    case 'count':
      report({ phase: 'count' });
      return countAcceptable(scenario);
    case 'smallest-change':
      return smallestChange(scenario, task.draft, { disagreement: task.disagreement, shouldStop });
    case 'nash':
      return optimizeNash(scenario, task.disagreement, { shouldStop });
    case 'egalitarian':
      return optimizeEgalitarian(scenario, task.disagreement, { shouldStop });
    case 'plan-analysis':
      return analyzePlan(task.domain, scenario, {
        disagreement: task.disagreement,
        ...(task.frontierLimit !== undefined ? { frontierLimit: task.frontierLimit } : {}),
        // The frontiers' arrays live outside V8's heap: counted against the worker's limit, as for 'analyze'.
        ...(context.memoryLimitMb !== undefined ? { memoryLimitMb: context.memoryLimitMb } : {}),
        onProgress: report,
      });
    default:
      throw new Error(`unknown engine task ${(task as { kind: string }).kind}`);
  }
}

/** The analysis, with the draft's utilities and smallest change when one is given (checked before any work). */
function analyzeWithDraft(
  task: Extract<EngineTask, { kind: 'analyze' }>,
  scenario: Scenario,
  report: Report,
  { onAnswers, memoryLimitMb }: TaskContext,
) {
  const draft = task.draft === undefined ? undefined : draftFromJson(scenario, task.draft);
  return analyzeScenario(scenario, {
    disagreement: task.disagreement,
    ...(task.frontier !== undefined ? { frontier: task.frontier } : {}),
    ...(task.frontierLimit !== undefined ? { frontierLimit: task.frontierLimit } : {}),
    ...(draft ? { draft } : {}),
    ...(onAnswers ? { onAnswers } : {}),
    ...(memoryLimitMb !== undefined ? { memoryLimitMb } : {}),
    onProgress: ({ phase, done, total }) => report({ phase, fraction: total > 0 ? done / total : 0 }),
  });
}

/** Piscina calls this in the worker with { task, port }. */
export default function work({
  task,
  port,
  memoryLimitMb,
}: {
  task: EngineTask;
  port?: MessagePort;
  memoryLimitMb?: number;
}): unknown {
  try {
    // The answers go out at once (not throttled): the caller shows them while the frontier is built.
    const answers = port
      ? (a: AnalysisAnswers) => port.postMessage({ answers: a } satisfies AnswersMessage)
      : undefined;
    return runTask(task, throttled(port), {
      ...(answers ? { onAnswers: answers } : {}),
      ...(memoryLimitMb !== undefined ? { memoryLimitMb } : {}),
    });
  } finally {
    port?.close();
  }
}
