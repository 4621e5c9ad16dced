// A plan at the reference case's full size, made up for the tests: four versions of 28 points, every point
// contested (four wordings on even points, three on odd ones, where the last version takes back the first's
// wording), valued by four parties with seeded values. `unweighed` adds a 29th contested point nobody weighs.
import type { Point, Version } from '@concord/core';
import type { Scenario } from '../../model.ts';
import { buildPlanDomain } from '../build-plan-domain.ts';
import { planScenario } from '../plan-scenario.ts';
import type { PlanDomain } from '../types.ts';

const id = (n: number) => `0190b000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
const SETTLERS = ['a joint commission', 'the guarantors', 'international arbitration', 'direct talks'];
const wording = (n: number, v: number) => (v === 3 && n % 2 === 1 ? 0 : v);

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The plan's four versions and their points (`count` points each). */
export function fullSizeTexts(count = 28): { versions: Version[]; points: Point[] } {
  const versions: Version[] = [0, 1, 2, 3].map((v) => ({
    id: id(v + 1),
    planId: id(999),
    parentVersionId: v === 0 ? null : id(v),
    label: `Draft ${'ABCD'[v]}`,
    issuedOn: null,
    status: 'circulated',
    note: '',
    audience: { kind: 'public' },
    logIndex: v + 1,
  }));
  let serial = 1000;
  const points: Point[] = versions.flatMap((version, v) =>
    Array.from({ length: count }, (_, i) => ({
      id: id(serial++),
      versionId: version.id,
      lineageId: id(100 + i),
      parentPointId: null,
      derivedFrom: [],
      note: '',
      ordinal: i + 1,
      number: String(i + 1),
      text: { en: `Article ${i + 1}: disputes are settled by ${SETTLERS[wording(i + 1, v)]}.` },
      categories: [],
      quantities: [],
      conditions: [],
      logIndex: serial,
    })),
  );
  return { versions, points };
}

export function fullSizePlan(options: { unweighed?: boolean } = {}): {
  domain: PlanDomain;
  scenario: Scenario;
} {
  const count = options.unweighed ? 29 : 28;
  const { versions, points } = fullSizeTexts(count);
  const domain = buildPlanDomain({ versions, points, target: id(4) });
  const random = seeded(28_4_4);
  const parties = [1, 2, 3, 4].map((k) => ({
    partyId: `side-${k}`,
    name: `Side ${k}`,
    valuation: {
      reservation: 0.35,
      points: Array.from({ length: count }, (_, i) => {
        // The unweighed point draws nothing, so the 28 others get the same values with it or without it.
        const byWording = i === 28 ? [0.5, 0.5, 0.5, 0.5] : [random(), random(), random(), random()];
        return {
          lineageId: id(100 + i),
          weight: i === 28 ? 0 : 0.2 + random(),
          values: Object.fromEntries(versions.map((v, j) => [v.id, byWording[wording(i + 1, j)] as number])),
        };
      }),
    },
  }));
  return { domain, scenario: planScenario(domain, parties).scenario };
}
