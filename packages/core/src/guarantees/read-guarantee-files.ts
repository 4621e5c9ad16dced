// Reads a rules file and a timeline file (already JSON-parsed) and refuses anything malformed with one message that
// names the place in the file (`rules[0].steps[1].days: …`). A timeline is also checked against the rules it will
// run under: a decision names a rule, a step and an outcome that exist, a verification an incident in the file.
import type { z } from 'zod';
import type { Problem } from './check-rule.ts';
import { type Rule, RulesFile } from './rules-file.ts';
import { type TimelineEvent, TimelineFile } from './timeline-file.ts';

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)
        ? `${out ? '.' : ''}${name}`
        : `[${JSON.stringify(name)}]`;
    }
  }
  return out || '(the file)';
}

function refused(problem: { path: readonly PropertyKey[]; message: string }, more: number): Read<never> {
  const others = more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : '';
  return { ok: false, message: `${formatPath(problem.path)}: ${problem.message}${others}` };
}

type Issue = { path: PropertyKey[]; message: string; code?: string; errors?: Issue[][] };

/** For "none of these forms", the problem in the form that got furthest into the input, with its full path. */
function deepest(issue: Issue): { path: PropertyKey[]; message: string } {
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return issue;
  const best = issue.errors
    .flatMap((branch) => (branch[0] ? [deepest(branch[0])] : []))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return best && best.path.length > 0
    ? { path: [...issue.path, ...best.path], message: best.message }
    : issue;
}

function fromZod<T>(result: z.ZodSafeParseResult<T>): Read<T> {
  if (result.success) return { ok: true, value: result.data };
  const [first] = result.error.issues as Issue[];
  return refused(first ? deepest(first) : { path: [], message: 'invalid' }, result.error.issues.length - 1);
}

export function readRulesFile(json: unknown): Read<RulesFile> {
  return fromZod(RulesFile.safeParse(json));
}

type Seen = Map<string, { at: string; index: number }>;

function eventProblems(
  event: TimelineEvent,
  index: number,
  rules: Map<string, Rule>,
  incidents: Seen,
): Problem[] {
  if (event.type === 'verification') {
    const incident = incidents.get(event.incident);
    if (incident === undefined)
      return [{ path: ['incident'], message: `no incident '${event.incident}' in this timeline` }];
    if (event.at < incident.at)
      return [{ path: ['at'], message: `is before incident '${event.incident}' happened (${incident.at})` }];
    // Events at the same moment are taken in file order: a verification listed first would find no incident.
    if (index < incident.index)
      return [
        { path: ['incident'], message: `incident '${event.incident}' must come before its verification` },
      ];
    return [];
  }
  if (event.type !== 'decision' && event.type !== 'extension') return [];
  const ruleId = event.case.slice(0, event.case.lastIndexOf('#'));
  const rule = rules.get(ruleId);
  if (!rule) return [{ path: ['case'], message: `no rule '${ruleId}' in the rules file` }];
  const step = rule.steps.find((s) => s.id === event.step);
  if (!step) return [{ path: ['step'], message: `rule '${ruleId}' has no step '${event.step}'` }];
  if (event.type === 'extension')
    return step.extendable
      ? []
      : [{ path: ['step'], message: `step '${event.step}' of '${ruleId}' cannot be extended` }];
  if (!Object.hasOwn(step.outcomes, event.outcome)) {
    const known = Object.keys(step.outcomes).join(', ') || 'none';
    return [
      {
        path: ['outcome'],
        message: `step '${event.step}' of '${ruleId}' has no outcome '${event.outcome}' (its outcomes: ${known})`,
      },
    ];
  }
  return [];
}

export function readTimelineFile(json: unknown, rules: RulesFile): Read<TimelineFile> {
  const parsed = fromZod(TimelineFile.safeParse(json));
  if (!parsed.ok) return parsed;
  const byId = new Map(rules.rules.map((r) => [r.id, r]));
  const incidents: Seen = new Map();
  const ids = new Set<string>();
  const problems: Problem[] = [];
  parsed.value.events.forEach((event, i) => {
    if (ids.has(event.id))
      problems.push({ path: ['events', i, 'id'], message: `event '${event.id}' appears twice` });
    ids.add(event.id);
    if (event.type === 'incident' && !incidents.has(event.id))
      incidents.set(event.id, { at: event.at, index: i });
  });
  parsed.value.events.forEach((event, i) => {
    for (const p of eventProblems(event, i, byId, incidents))
      problems.push({ path: ['events', i, ...p.path], message: p.message });
  });
  const [first] = problems;
  return first ? refused(first, problems.length - 1) : parsed;
}
