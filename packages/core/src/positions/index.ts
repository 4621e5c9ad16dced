// Positions: a party's current stance on a point, contested points, and points that resurface after a rejection.
export { currentPositions, historyOrder, isContested, type PositionFact } from './current.ts';
export { type Resurfacing, resurfacedIn } from './resurfaced.ts';
