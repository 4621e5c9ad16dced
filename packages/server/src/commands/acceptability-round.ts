// The round of sealed acceptability on one version: which points are marked, which wordings each can take, which
// parties mark, and what is revealed. Everything here is the same for every caller who reads the version:
//
// - the wordings come only from the plan's versions that everyone who reads this version also reads (their
//   audience covers the version's), so the common result never quotes a text one of its readers may not see, and
//   every party marks the same wordings;
// - the parties that mark are the negotiating parties (kind 'party') the version is shared with: all of the
//   process's when it is shared process-wide or publicly, else the named ones;
// - a point is revealed once every one of those parties has answered every one of its wordings, and then shows
//   the wordings all of them accept: nothing else (no count of who marked, no subset's intersection, no time).
import {
  type Acceptability,
  type CommonAcceptability,
  covers,
  type MarkableWording,
  type OwnAcceptability,
  type Party,
  type Plan,
  type StoredVersion,
  type Version,
} from '@concord/core';
import type { Repositories } from '@concord/db';
import {
  buildPlanDomain,
  commonPackages,
  type OptionMeta,
  type PlanDomain,
  PlanDomainError,
} from '@concord/engine';
import { ruleBroken } from '../problems.ts';

export type MarkingRound = {
  version: Version;
  plan: Plan;
  /** The contested points over the versions every reader of this one reads. */
  domain: PlanDomain;
  /** The parties whose marks count, ordered by id. */
  parties: Party[];
  /** False once the version is final (its text is what the parties sign) or withdrawn: marks no longer change. */
  open: boolean;
};

/** Reads the round with unscoped repositories; the caller's right to read the version is checked before. */
export async function markingRound(repos: Repositories, version: Version, plan: Plan): Promise<MarkingRound> {
  // A withdrawn version is off the table (as in the analysis): it offers no wording.
  const all = [...(await repos.versions.listByPlan(plan.id))]
    .filter((v) => v.id === version.id || v.withdrawal === null)
    .sort((a, b) => a.id.localeCompare(b.id));
  const versions = all.filter((v) => v.id === version.id || covers(v.audience, version.audience));
  const points = (await Promise.all(versions.map((v) => repos.points.listByVersion(v.id)))).flat();
  let domain: PlanDomain;
  try {
    domain = buildPlanDomain({ versions, points, target: version.id });
  } catch (error) {
    if (error instanceof PlanDomainError) throw ruleBroken(`the plan cannot be marked: ${error.message}`);
    throw error;
  }
  const audience = version.audience;
  const parties = (await repos.parties.listByProcess(plan.processId))
    .filter((p) => p.kind === 'party')
    .filter((p) => audience.kind !== 'parties' || audience.partyIds.includes(p.id))
    .sort((a, b) => a.id.localeCompare(b.id));
  const withdrawn = (version as Partial<StoredVersion>).withdrawal ?? null;
  return { version, plan, domain, parties, open: version.status !== 'final' && withdrawn === null };
}

/** The key that names a wording on the page: the first version (oldest) that carries it. */
export const wordingKey = (option: OptionMeta): string => option.versionIds[0] as string;

function wording(option: OptionMeta, versionId: string): MarkableWording {
  return {
    key: wordingKey(option),
    label: option.label,
    text: option.text,
    kind: option.kind,
    versionIds: option.versionIds,
    versionLabels: option.versionLabels,
    inDraft: option.versionIds.includes(versionId),
  };
}

/** The answer given to a wording (named by any version that carries it), or undefined when none was. */
export function answerOn(option: OptionMeta, wordings: Record<string, boolean>): boolean | undefined {
  const said = option.versionIds.find((id) => Object.hasOwn(wordings, id));
  return said === undefined ? undefined : wordings[said];
}

/**
 * A party's answers on each point as [option] → true | false | undefined (not answered). A wording may be named
 * by any version that carries it; the stored marks use the first.
 */
export function answersOf(round: MarkingRound, marks: Acceptability | null): (boolean | undefined)[][] {
  const byLineage = new Map((marks?.points ?? []).map((p) => [p.lineageId, p.wordings]));
  return round.domain.issuesMeta.map((meta, i) => {
    const wordings = byLineage.get(meta.lineageId);
    return (round.domain.optionsMeta[i] ?? []).map((option) =>
      wordings === undefined ? undefined : answerOn(option, wordings),
    );
  });
}

function head(round: MarkingRound, i: number) {
  const meta = round.domain.issuesMeta[i];
  if (!meta) throw new Error(`no point ${i}`);
  const name = round.domain.issues[i]?.name ?? `Point ${meta.number}`;
  return { lineageId: meta.lineageId, name, number: meta.number, title: meta.title, inTarget: meta.inTarget };
}

export function ownAnswer(round: MarkingRound, party: Party, marks: Acceptability | null): OwnAcceptability {
  const answers = answersOf(round, marks);
  return {
    versionId: round.version.id,
    partyId: party.id,
    partyName: party.name,
    open: round.open,
    points: round.domain.issuesMeta.map((_, i) => {
      const options = round.domain.optionsMeta[i] ?? [];
      const said = answers[i] ?? [];
      return {
        ...head(round, i),
        wordings: options.map((o) => wording(o, round.version.id)),
        accepted: options.filter((_, k) => said[k] === true).map(wordingKey),
        marked: options.every((_, k) => said[k] !== undefined),
      };
    }),
  };
}

/**
 * What every party accepts. `marks` are every party's rows (read unscoped, never returned): for each point and
 * wording the loop visits every party and every wording, whatever they said, so the work done depends on the
 * number of parties and wordings, not on the marks.
 */
export function commonAnswer(round: MarkingRound, marks: Acceptability[]): CommonAcceptability {
  const byParty = new Map(marks.map((m) => [m.partyId, m]));
  const { domain } = round;
  const answers = round.parties.map((p) => answersOf(round, byParty.get(p.id) ?? null));
  const revealed: boolean[] = [];
  const common: boolean[][] = [];
  domain.optionsMeta.forEach((options, i) => {
    let everyAnswered = round.parties.length > 0;
    const row = options.map(() => round.parties.length > 0);
    for (const partyAnswers of answers)
      options.forEach((_, k) => {
        const said = partyAnswers[i]?.[k];
        everyAnswered = everyAnswered && said !== undefined;
        row[k] = (row[k] as boolean) && said === true;
      });
    revealed.push(everyAnswered);
    common.push(row);
  });
  const shown = revealed.flatMap((r, i) => (r ? [i] : []));
  const sub: PlanDomain = {
    ...domain,
    issues: shown.map((i) => domain.issues[i] as PlanDomain['issues'][number]),
    issuesMeta: shown.map((i) => domain.issuesMeta[i] as PlanDomain['issuesMeta'][number]),
    optionsMeta: shown.map((i) => domain.optionsMeta[i] as OptionMeta[]),
    draft: shown.map((i) => domain.draft[i] as number),
  };
  const packages = commonPackages(
    sub,
    shown.map((i) => common[i] as boolean[]),
  );
  return {
    versionId: round.version.id,
    open: round.open,
    parties: round.parties.map((p) => ({ partyId: p.id, name: p.name })),
    points: domain.issuesMeta.map((_, i) => {
      if (!revealed[i]) return { ...head(round, i), status: 'waiting' as const };
      const options = domain.optionsMeta[i] ?? [];
      const accepted = options.filter((_, k) => common[i]?.[k]).map((o) => wording(o, round.version.id));
      return { ...head(round, i), status: 'revealed' as const, common: accepted };
    }),
    packages: { revealed: shown.length, waiting: domain.issues.length - shown.length, ...packages },
  };
}
