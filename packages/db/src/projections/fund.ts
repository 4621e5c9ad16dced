// The fund: one row per fund and one per accepted operation, as logged; who recorded it and when are the event's
// actor and time.
import type { EventOf } from '@concord/core';
import type { ProjectionOp } from './ops.ts';

type FundEvent =
  | EventOf<'fund.created'>
  | EventOf<'fund.pledged'>
  | EventOf<'fund.paid'>
  | EventOf<'fund.allocated'>
  | EventOf<'fund.disbursed'>;

const KIND = {
  'fund.pledged': 'pledge',
  'fund.paid': 'payment',
  'fund.allocated': 'allocation',
  'fund.disbursed': 'disbursement',
} as const;

export function fundOps(event: FundEvent, logIndex: number): ProjectionOp[] {
  if (event.type === 'fund.created') {
    const f = event.data;
    const row = { id: f.id, process_id: f.processId, name: f.name, purpose: f.purpose };
    const rest = {
      illustrative: f.illustrative,
      actor: event.actor,
      created_at: event.at,
      log_index: logIndex,
    };
    return [{ kind: 'insert', table: 'funds', rows: [{ ...row, ...rest }] }];
  }
  const o = event.data;
  const row = {
    id: o.id,
    fund_id: o.fundId,
    process_id: event.scope?.processId,
    kind: KIND[event.type],
    currency: o.currency,
    amount: o.amount,
    on_day: o.on,
    record: JSON.stringify(o),
    actor: event.actor,
    recorded_at: event.at,
    log_index: logIndex,
  };
  return [{ kind: 'insert', table: 'fund_operations', rows: [row] }];
}
