// Leak tracing for the mediators: a leaked text (whole or in part) against the copies of one version released so
// far, in the language that exposes most fingerprint choices. The answer ranks the copies with the evidence
// (which choices were read, how many agree) and says in words whether it names anyone (core/copies TRACE_RULES).
import { Id } from '@concord/core';
import {
  LeakTrace,
  type LeakTraceAnswer,
  TRACE_RULES,
  type TraceResult,
  traceLeak,
} from '@concord/core/copies';
import type { ReleasedCopy } from '@concord/db';
import { validate } from '../validate.ts';
import { type CommandContext, permit } from './context.ts';
import { versionSubject } from './subjects.ts';

export async function traceCopyLeak(
  ctx: CommandContext,
  versionId: string,
  input: unknown,
): Promise<LeakTraceAnswer> {
  const id = validate(Id, versionId, ['versionId']);
  const { text, language } = validate(LeakTrace, input);
  const reader = ctx.store.readAs(ctx.principal);
  const subject = await versionSubject(reader, id);
  permit(ctx, 'deliver', 'version', subject.resource, { what: 'version', id });
  const copies = await ctx.store.copies.listByVersion(id);
  const languages = [...new Set(copies.map((c) => c.language))].filter(
    (l) => language === undefined || l === language,
  );
  if (languages.length === 0) return nothingReleased(id, language);
  const traced = languages.map((l) => {
    const inLanguage = copies.filter((c) => c.language === l);
    return {
      language: l,
      copies: inLanguage,
      result: traceLeak(
        text,
        inLanguage.map((c) => ({ recipient: c.id, copy: c.copy })),
      ),
    };
  });
  const best = traced.sort(
    (a, b) => b.result.exposed.length - a.result.exposed.length,
  )[0] as (typeof traced)[number];
  return answer(id, best.language, best.copies, best.result);
}

function nothingReleased(versionId: string, language: string | undefined): LeakTraceAnswer {
  return {
    versionId,
    language: language ?? 'en',
    verdict: 'not-enough-evidence',
    summary: `No copy of this version has been released${language === undefined ? '' : ` in ${language}`}: there is nothing to trace the text to.`,
    exposed: [],
    ranking: [],
    unknownSource: 1,
    pairs: [],
    thresholds: { minExposed: TRACE_RULES.minExposed, minPosterior: TRACE_RULES.minPosterior },
  };
}

function answer(
  versionId: string,
  language: string,
  copies: ReleasedCopy[],
  r: TraceResult,
): LeakTraceAnswer {
  const byId = new Map(copies.map((c) => [c.id, c]));
  const name = (copyId: string) => {
    const c = byId.get(copyId);
    return c === undefined
      ? 'an unknown copy'
      : c.accountId === null
        ? c.partyName
        : `${c.partyName} (one person)`;
  };
  const ranking = r.ranking.map((s) => ({
    copyId: s.recipient,
    partyName: byId.get(s.recipient)?.partyName ?? '',
    accountId: byId.get(s.recipient)?.accountId ?? null,
    posterior: s.posterior,
    agree: s.agree,
    disagree: s.disagree,
  }));
  const pairs = r.pairs.map((p) => ({
    partyNames: [name(p.recipients[0]), name(p.recipients[1])] as [string, string],
    logLikelihoodRatio: p.logLikelihoodRatio,
  }));
  return {
    versionId,
    language,
    verdict: r.verdict,
    summary: summarise(r, name),
    exposed: r.exposed.map(({ site, point, kind, observed }) => ({ site, point, kind, observed })),
    ranking,
    unknownSource: r.unknownSource,
    pairs,
    thresholds: { minExposed: TRACE_RULES.minExposed, minPosterior: TRACE_RULES.minPosterior },
  };
}

function summarise(r: TraceResult, name: (copyId: string) => string): string {
  const top = r.ranking[0];
  const n = r.exposed.length;
  if (r.verdict === 'identified' && top !== undefined)
    return `The text comes from the copy released to ${name(top.recipient)}: ${top.agree} of ${n} fingerprint choices read in it match that copy (likelihood ${top.posterior.toFixed(4)}).`;
  const pair = r.pairs[0];
  if (pair !== undefined)
    return `No single copy explains the text, but the copies of ${name(pair.recipients[0])} and ${name(pair.recipients[1])} merged do: two recipients may have combined their copies. This narrows the source; it does not prove it.`;
  if (n < TRACE_RULES.minExposed)
    return `Not enough evidence: only ${n} fingerprint choices could be read in the text (at least ${TRACE_RULES.minExposed} are needed before anyone is named).${top === undefined ? '' : ` The copy that fits best so far is ${name(top.recipient)}'s.`}`;
  return `Not enough evidence: ${n} choices were read, but no copy fits with likelihood ${TRACE_RULES.minPosterior} or more (the text may have been re-typed in a house style, or come from a copy made outside Concord).`;
}
