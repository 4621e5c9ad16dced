// A small plan shaped like the reference case: a 28-point draft (six of its points), a European counter-draft
// that amends and splits, a Geneva text that drops points, and a December text that renumbers, merges two
// dropped points back and restores one. Ids are readable so a failing test names the point.
import type { Derivation } from '../../schemas/point.ts';
import type { LineagePoint, LineageVersion } from '../graph.ts';

export const versions: LineageVersion[] = [
  { id: 'v28', parentVersionId: null, label: '28-point draft' },
  { id: 'e3', parentVersionId: 'v28', label: 'E3 counter-draft' },
  { id: 'gen', parentVersionId: 'v28', label: 'Geneva' },
  { id: 'dec', parentVersionId: 'gen', label: 'December' },
];

type Spec = {
  id: string;
  number: string;
  text: string;
  from?: Array<[string, Derivation['operation']]>;
  cap?: number;
  capText?: string;
  parent?: string;
  uk?: string;
};

function points(versionId: string, specs: Spec[]): LineagePoint[] {
  const ordinals = new Map<string | null, number>();
  return specs.map((s) => {
    const parent = s.parent ?? null;
    const ordinal = ordinals.get(parent) ?? 0;
    ordinals.set(parent, ordinal + 1);
    return {
      id: s.id,
      versionId,
      lineageId: s.id,
      parentPointId: parent,
      ordinal,
      number: s.number,
      text: (s.uk === undefined ? { en: s.text } : { en: s.text, uk: s.uk }) as Record<string, string>,
      categories: [],
      quantities:
        s.cap === undefined
          ? []
          : [{ value: s.cap, unit: 'personnel', text: s.capText ?? 'cap on the army' }],
      conditions: [],
      derivedFrom: (s.from ?? []).map(([pointId, operation]) => ({ pointId, operation })),
    };
  });
}

export const v28 = points('v28', [
  {
    id: '28-1',
    number: '1',
    text: "Ukraine's sovereignty will be confirmed.",
    uk: 'Суверенітет України буде підтверджено.',
  },
  {
    id: '28-2',
    number: '2',
    text: 'A non-aggression agreement between Russia, Ukraine and Europe; all ambiguities settled.',
  },
  { id: '28-6', number: '6', text: "Ukraine's armed forces are capped at 600,000 personnel.", cap: 600_000 },
  { id: '28-12', number: '12', text: 'A fund for the reconstruction of Ukraine from frozen assets.' },
  { id: '28-14', number: '14', text: 'A joint US-Russia investment vehicle.' },
  { id: '28-26', number: '26', text: 'Full amnesty for all parties for acts during the war.' },
]);

export const e3 = points('e3', [
  {
    id: 'e3-1',
    number: '1',
    text: "Ukraine's sovereignty will be confirmed.",
    uk: 'Суверенітет України буде підтверджено.',
    from: [['28-1', 'keep']],
  },
  {
    id: 'e3-2a',
    number: '2a',
    text: 'A non-aggression agreement between Russia, Ukraine and NATO.',
    from: [['28-2', 'split']],
  },
  {
    id: 'e3-2b',
    number: '2b',
    text: 'All ambiguities of the last thirty years settled.',
    from: [['28-2', 'split']],
  },
  {
    id: 'e3-6',
    number: '6',
    text: "Ukraine's armed forces are capped at 800,000 personnel in peacetime.",
    cap: 800_000,
    from: [['28-6', 'amend']],
  },
  {
    id: 'e3-12',
    number: '12',
    text: 'A fund for the reconstruction of Ukraine from frozen assets.',
    from: [['28-12', 'keep']],
  },
]);

export const gen = points('gen', [
  {
    id: 'gen-1',
    number: '1',
    text: "Ukraine's sovereignty will be confirmed.",
    uk: 'Суверенітет України буде підтверджено.',
    from: [['28-1', 'keep']],
  },
  {
    id: 'gen-2',
    number: '2',
    text: 'A non-aggression agreement between Russia, Ukraine and Europe; all ambiguities settled.',
    from: [['28-2', 'keep']],
  },
  {
    id: 'gen-4',
    number: '4',
    text: "Ukraine's armed forces are capped at 800,000 personnel in peacetime.",
    cap: 800_000,
    from: [['28-6', 'amend']],
  },
]);

export const dec = points('dec', [
  {
    id: 'dec-1',
    number: '1',
    text: "Ukraine's sovereignty is reaffirmed.",
    uk: 'Суверенітет України буде підтверджено.',
    from: [['gen-1', 'amend']],
  },
  {
    id: 'dec-3',
    number: '3',
    text: 'A non-aggression agreement between Russia, Ukraine and Europe; all ambiguities settled.',
    from: [['gen-2', 'renumber']],
  },
  {
    id: 'dec-4',
    number: '4',
    text: "Ukraine's armed forces are capped at 800,000 personnel in peacetime.",
    cap: 800_000,
    capText: 'peacetime cap',
    from: [['gen-4', 'keep']],
  },
  {
    id: 'dec-9',
    number: '9',
    text: 'Funds for recovery and reconstruction.',
    from: [
      ['28-12', 'merge'],
      ['28-14', 'merge'],
    ],
  },
  {
    id: 'dec-10',
    number: '10',
    text: 'Full amnesty for all parties for acts during the war.',
    from: [['28-26', 'restore']],
  },
  { id: 'dec-11', number: '11', text: 'Elections as soon as possible after signature.' },
]);

export const plan = { versions, points: [...v28, ...e3, ...gen, ...dec] };
