// A small plan shaped like the reference case, for the positions rules: the 28-point draft (created 15 November
// 2025) holds the 600,000 cap and the constitutional NATO ban Ukraine had rejected in 2022, and the territory
// point it rejected on 22 November; the E3 counter-draft raises the cap (a new offer), rewords the NATO point
// and rewrites the territory point; Geneva keeps the cap under a new number and the territory point unchanged;
// December continues E3 and restores the amnesty. Ids are readable so a failing test names the point.

import type { LineagePoint, LineageVersion } from '../../lineage/graph.ts';
import type { Derivation } from '../../schemas/point.ts';
import type { PositionFact } from '../current.ts';

export const versions: LineageVersion[] = [
  { id: 'v28', parentVersionId: null, label: '28-point draft' },
  { id: 'e3', parentVersionId: 'v28', label: 'E3 counter-draft' },
  { id: 'gen', parentVersionId: 'v28', label: 'Geneva' },
  { id: 'dec', parentVersionId: 'e3', label: 'December' },
];

/** The day each version was created. */
export const createdOn: Record<string, string> = {
  v28: '2025-11-15',
  e3: '2025-11-23',
  gen: '2025-11-30',
  dec: '2025-12-24',
};

type Spec = {
  id: string;
  number: string;
  text: string;
  cap?: number;
  from?: Array<[string, Derivation['operation']]>;
};

function points(versionId: string, specs: Spec[]): LineagePoint[] {
  return specs.map((s, ordinal) => ({
    id: s.id,
    versionId,
    lineageId: s.id,
    parentPointId: null,
    ordinal,
    number: s.number,
    text: { en: s.text },
    categories: [],
    quantities: s.cap === undefined ? [] : [{ value: s.cap, unit: 'personnel', text: 'cap on the army' }],
    conditions: [],
    derivedFrom: (s.from ?? []).map(([pointId, operation]) => ({ pointId, operation })),
  }));
}

const CAP = "Ukraine's armed forces are capped at 600,000 personnel.";
const NATO = 'Ukraine enshrines in its constitution that it will not join NATO.';
const TERRITORY = 'Crimea, Luhansk and Donetsk are recognised as de facto Russian.';

export const plan = {
  versions,
  points: [
    ...points('v28', [
      { id: '28-6', number: '6', text: CAP, cap: 600_000 },
      { id: '28-7', number: '7', text: NATO },
      { id: '28-21', number: '21', text: TERRITORY },
      { id: '28-26', number: '26', text: 'Full amnesty for all parties.' },
    ]),
    ...points('e3', [
      {
        id: 'e3-6',
        number: '6',
        text: "Ukraine's armed forces are capped at 800,000 personnel in peacetime.",
        cap: 800_000,
        from: [['28-6', 'amend']],
      },
      {
        id: 'e3-7',
        number: '7',
        text: 'Ukraine will write into its constitution that it will not join NATO.',
        from: [['28-7', 'amend']],
      },
      {
        id: 'e3-21',
        number: '21',
        text: 'Territorial talks start from the line of contact.',
        from: [['28-21', 'amend']],
      },
    ]),
    ...points('gen', [
      { id: 'gen-4', number: '4', text: CAP, cap: 600_000, from: [['28-6', 'renumber']] },
      { id: 'gen-21', number: '21', text: TERRITORY, from: [['28-21', 'keep']] },
    ]),
    ...points('dec', [
      {
        id: 'dec-7',
        number: '7',
        text: 'Ukraine will write into its constitution that it will not join NATO.',
        from: [['e3-7', 'keep']],
      },
      { id: 'dec-10', number: '10', text: 'Full amnesty for all parties.', from: [['28-26', 'restore']] },
    ]),
  ],
};

let index = 0;
/** A position as recorded, in log order (each call is the next log entry). */
export function position(
  partyId: string,
  pointId: string,
  stance: PositionFact['stance'],
  takenOn: string,
): PositionFact {
  index += 1;
  return {
    id: `${partyId}:${pointId}:${takenOn}:${index}`,
    partyId,
    pointId,
    stance,
    takenOn,
    logIndex: index,
  };
}

/** What was said: Ukraine's 2022 rejections (Istanbul) and its rejection of point 21 on the 28-point draft. */
export const reference = [
  position('ukraine', '28-6', 'rejects', '2022-04-15'),
  position('ukraine', '28-7', 'red-line', '2022-04-15'),
  position('russia', '28-6', 'supports', '2025-11-21'),
  position('ukraine', '28-21', 'rejects', '2025-11-22'),
  position('ukraine', '28-7', 'rejects', '2025-11-22'),
];
