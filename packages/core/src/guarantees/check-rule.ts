// What a rule must hold beyond its fields' shapes: steps that exist where a transition names them, a deadline
// wherever there is a default (and the reverse), and no way back to an earlier step, so a case visits each step at
// most once and evaluation always ends, however far the clock runs.
import type { Rule, Step, Transition } from './rules-file.ts';

export type Problem = { path: (string | number)[]; message: string };

type Edge = { path: (string | number)[]; transition: Transition };

function edges(step: Step, index: number): Edge[] {
  const out: Edge[] = Object.entries(step.outcomes).map(([name, transition]) => ({
    path: ['steps', index, 'outcomes', name],
    transition,
  }));
  if (step.default) out.push({ path: ['steps', index, 'default'], transition: step.default });
  return out;
}

function stepProblems(step: Step, index: number): Problem[] {
  const at = (...rest: (string | number)[]) => ['steps', index, ...rest];
  const problems: Problem[] = [];
  if (step.days === undefined && step.default !== undefined)
    problems.push({ path: at('default'), message: 'a default needs a deadline: give the step "days"' });
  if (step.days !== undefined && step.default === undefined)
    problems.push({
      path: at('days'),
      message: 'a step with a deadline needs a "default" for when nobody decides',
    });
  if (step.extendable && step.days === undefined)
    problems.push({
      path: at('extendable'),
      message: 'only a step with a deadline ("days") can be extended',
    });
  if (step.default && 'record' in step.default)
    problems.push({ path: at('default'), message: 'a default must lead somewhere: "next" or "end"' });
  return problems;
}

function cycleProblems(rule: Rule): Problem[] {
  const index = new Map(rule.steps.map((s, i) => [s.id, i]));
  const state = new Map<string, 'visiting' | 'done'>();
  const problems: Problem[] = [];
  const visit = (id: string) => {
    state.set(id, 'visiting');
    const i = index.get(id) ?? -1;
    const step = rule.steps[i];
    for (const edge of step ? edges(step, i) : []) {
      if (!('next' in edge.transition)) continue;
      const next = edge.transition.next;
      if (state.get(next) === 'visiting')
        problems.push({
          path: [...edge.path, 'next'],
          message: `leads back to step ${quoteKey(next)}: steps may not loop`,
        });
      else if (!state.has(next) && index.has(next)) visit(next);
    }
    state.set(id, 'done');
  };
  for (const step of rule.steps) if (!state.has(step.id)) visit(step.id);
  return problems;
}

export function ruleProblems(rule: Rule): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  rule.steps.forEach((step, i) => {
    if (ids.has(step.id))
      problems.push({ path: ['steps', i, 'id'], message: `step ${quoteKey(step.id)} is defined twice` });
    ids.add(step.id);
    problems.push(...stepProblems(step, i));
  });
  const all: Edge[] = [{ path: ['start'], transition: rule.start }, ...rule.steps.flatMap(edges)];
  for (const { path, transition } of all)
    if ('next' in transition && !ids.has(transition.next))
      problems.push({
        path: [...path, 'next'],
        message: `no step ${quoteKey(transition.next)} in this rule`,
      });
  if ('record' in rule.start)
    problems.push({ path: ['start'], message: 'a case must start somewhere: "next" or "end"' });
  if (problems.length === 0) problems.push(...cycleProblems(rule));
  return problems;
}

/**
 * A key as a message may quote it: only a well-formed one (the schema refuses the others on their own path, and
 * these cross-checks still run beside it). A problem never echoes hostile text back.
 */
export function quoteKey(key: string): string {
  return RULE_KEY.test(key) ? `'${key}'` : 'of that name';
}

/** What a rule's, step's or outcome's id may be (rules-file.ts's RuleKey). */
export const RULE_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
