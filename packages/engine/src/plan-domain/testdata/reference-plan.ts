// A small three-version plan mirroring the reference case, in the project's own paraphrase: the 28-point draft,
// the E3 counter-draft that answers it (army cap raised to 800,000 in peacetime, NATO wording changed, amnesty
// deleted), and the December version that keeps the E3 cap under a new number. Four points each at most.
import type { Point, Version } from '@concord/core';

const id = (n: number) => `0190a000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

export const V28 = id(1);
export const VE3 = id(2);
export const VDEC = id(3);
export const SOVEREIGNTY = id(101);
export const ARMY = id(106);
export const NATO = id(107);
export const AMNESTY = id(126);

const version = (vid: string, parentVersionId: string | null, label: string, logIndex: number): Version => ({
  id: vid,
  planId: id(999),
  parentVersionId,
  label,
  issuedOn: null,
  status: 'circulated',
  note: '',
  audience: { kind: 'public' },
  logIndex,
});

export const versions: Version[] = [
  version(V28, null, '28-point draft', 1),
  version(VE3, V28, 'E3 counter-draft', 2),
  version(VDEC, VE3, 'December version', 3),
];

let serial = 200;
const point = (
  versionId: string,
  lineageId: string,
  number: string,
  text: string,
  quantities: Point['quantities'] = [],
): Point => ({
  id: id(serial++),
  versionId,
  lineageId,
  parentPointId: null,
  derivedFrom: [],
  note: '',
  ordinal: Number.parseInt(number, 10),
  number,
  text: { en: text },
  categories: [],
  quantities,
  conditions: [],
  logIndex: serial,
});

const SOVEREIGN = "Ukraine's sovereignty will be confirmed.";
const CAP_600 = "Ukraine's armed forces are capped at 600,000 personnel.";
const CAP_800 = "Ukraine's armed forces are capped at 800,000 in peacetime.";
const NATO_BAN = 'Ukraine writes into its constitution that it will not join NATO.';
const NATO_CONSENSUS =
  "Ukraine's membership of NATO depends on a consensus of NATO members, which does not exist.";
const AMNESTY_ALL = 'Everyone involved gets a full amnesty for wartime acts and renounces future claims.';

const troops = (value: number, text: string) => [{ value, unit: 'personnel', text }];

export const points: Point[] = [
  point(V28, SOVEREIGNTY, '1', SOVEREIGN),
  point(V28, ARMY, '6', CAP_600, troops(600_000, 'cap on the armed forces')),
  point(V28, NATO, '7', NATO_BAN),
  point(V28, AMNESTY, '26', AMNESTY_ALL),
  point(VE3, SOVEREIGNTY, '1', SOVEREIGN),
  point(VE3, ARMY, '6', CAP_800, troops(800_000, 'peacetime cap')),
  point(VE3, NATO, '7', NATO_CONSENSUS),
  point(VDEC, SOVEREIGNTY, '1', `  ${SOVEREIGN.replace("'", '\u2019')}  `),
  point(VDEC, ARMY, '4', CAP_800, troops(800_000, 'peacetime strength')),
  point(VDEC, NATO, '5', NATO_CONSENSUS),
];
