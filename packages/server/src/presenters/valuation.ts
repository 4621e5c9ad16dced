// Valuation → JSON. Valuations are confidential: routes hand this presenter only what the caller's scoped reads hold
// (a party's delegates and the mediators), and it names every field it lets out so nothing stored beside a valuation leaks.
import type { PointValuation, Valuation } from '@concord/core';

export function presentValuation(v: Valuation): Valuation {
  return {
    id: v.id,
    processId: v.processId,
    planId: v.planId,
    partyId: v.partyId,
    enteredBy: v.enteredBy,
    reservation: v.reservation,
    points: v.points.map(presentPointValuation),
    note: v.note,
    logIndex: v.logIndex,
  };
}

function presentPointValuation(p: PointValuation): PointValuation {
  return { lineageId: p.lineageId, weight: p.weight, values: { ...p.values } };
}
