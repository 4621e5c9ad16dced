// Parties' valuations of a plan's contested points turned into the engine's scenario over a plan domain. A
// valuation names wordings by version (values[versionId]), so an option takes the value of the first of its
// versions the party valued. Weights are normalised over the domain's own issues: a valued point the domain does
// not contest is ignored, a contested point the party did not value weighs 0. A party that cares about a point
// but left one of its wordings unvalued cannot be analysed honestly, so it is reported, not guessed at.
import type { PartyPrefs, Scenario } from '../model.ts';
import type { OptionMeta, PlanDomain } from './types.ts';

/** The shape of a valuation the engine needs (core's ValuationRecord fits it). */
export type ValuationLike = {
  reservation: number;
  points: readonly { lineageId: string; weight: number; values: Readonly<Record<string, number>> }[];
};

export type PlanParty = { partyId: string; name: string; valuation: ValuationLike };

export type PlanScenario = {
  /** Only the complete parties, in the order given. */
  scenario: Scenario;
  included: { partyId: string; name: string }[];
  /** Parties left out, with the points (issue names) they weigh but did not value for every wording. */
  incomplete: { partyId: string; name: string; points: string[] }[];
};

const inUnit = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;

function optionValue(option: OptionMeta, values: Readonly<Record<string, number>>): number | undefined {
  for (const versionId of option.versionIds) {
    if (Object.hasOwn(values, versionId)) return values[versionId];
  }
  return undefined;
}

/** The party's valued points by lineage, checked: the schema already forbids what is refused here. */
function pointsByLineage(party: PlanParty): Map<string, ValuationLike['points'][number]> {
  const { valuation, name } = party;
  if (!inUnit(valuation.reservation)) {
    throw new RangeError(
      `${name}: the reservation value must be between 0 and 1, got ${valuation.reservation}`,
    );
  }
  const byLineage = new Map<string, ValuationLike['points'][number]>();
  for (const point of valuation.points) {
    if (byLineage.has(point.lineageId))
      throw new RangeError(`${name}: point ${point.lineageId} is valued twice`);
    if (!Number.isFinite(point.weight) || point.weight < 0) {
      throw new RangeError(
        `${name}: the weight of point ${point.lineageId} must be 0 or more, got ${point.weight}`,
      );
    }
    for (const [versionId, v] of Object.entries(point.values)) {
      if (!inUnit(v)) {
        throw new RangeError(
          `${name}: the value of point ${point.lineageId} in version ${versionId} must be between 0 and 1, got ${v}`,
        );
      }
    }
    byLineage.set(point.lineageId, point);
  }
  return byLineage;
}

/** One party's preferences over the domain, or the points that keep it from being complete. */
function partyPrefs(domain: PlanDomain, party: PlanParty): PartyPrefs | string[] {
  const byLineage = pointsByLineage(party);
  const missing: string[] = [];
  const weights: number[] = [];
  const values = domain.issues.map((issue, i) => {
    const point = byLineage.get(domain.issuesMeta[i]?.lineageId ?? '');
    const weight = point?.weight ?? 0;
    weights.push(weight);
    const row = (domain.optionsMeta[i] ?? []).map((o) => (point ? optionValue(o, point.values) : undefined));
    if (weight > 0 && row.some((v) => v === undefined)) missing.push(issue.name);
    // A point weighing 0 adds nothing whatever its values, so unvalued wordings of it count as 0.
    return row.map((v) => v ?? 0);
  });
  const total = weights.reduce((a, w) => a + w, 0);
  // Nothing weighed on these points: every point is one the party has not valued.
  if (total === 0) return domain.issues.map((issue) => issue.name);
  if (missing.length > 0) return missing;
  return {
    name: party.name,
    weights: weights.map((w) => w / total),
    values,
    reservation: party.valuation.reservation,
  };
}

export function planScenario(domain: PlanDomain, parties: readonly PlanParty[]): PlanScenario {
  const seen = new Set<string>();
  const result: PlanScenario = {
    scenario: { name: `plan version ${domain.targetVersionId}`, issues: [], parties: [] },
    included: [],
    incomplete: [],
  };
  result.scenario.issues = domain.issues.map((issue) => ({ name: issue.name, options: [...issue.options] }));
  for (const party of parties) {
    if (seen.has(party.partyId)) throw new RangeError(`party ${party.partyId} is given twice`);
    seen.add(party.partyId);
    const prefs = partyPrefs(domain, party);
    const who = { partyId: party.partyId, name: party.name };
    if (Array.isArray(prefs)) {
      result.incomplete.push({ ...who, points: prefs });
    } else {
      result.scenario.parties.push(prefs);
      result.included.push(who);
    }
  }
  return result;
}
