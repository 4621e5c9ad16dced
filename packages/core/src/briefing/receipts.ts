// Who has received a version: for each party of the process, the first delivery of the version to it, else its
// presence at a consultation about it, else whether the version is shared with it (a party it was written with)
// or with everyone, else "not received". The parties (of kind `party`) that have not received it are the ones
// not briefed on it: Europe on the US 28-point draft. Pure: computed from what the reader's scoped reads hold.
import { z } from 'zod';
import { Id } from '../ids.ts';
import type { Audience } from '../schemas/audience.ts';
import { type Consultation, type Delivery, DeliveryForm } from '../schemas/briefing.ts';
import type { Party } from '../schemas/party.ts';
import { IsoUtc } from '../time.ts';

export const RECEIPT_STATUSES = ['delivered', 'consulted', 'shared', 'open', 'not-received'] as const;
export const ReceiptStatus = z.enum(RECEIPT_STATUSES);
export type ReceiptStatus = z.infer<typeof ReceiptStatus>;

export const Receipt = z.strictObject({
  partyId: Id,
  status: ReceiptStatus,
  /** When: the first delivery, or the first consultation about the version; null otherwise. */
  at: IsoUtc.nullable(),
  /** The first delivery, when there is one the reader may see. */
  deliveryId: Id.nullable(),
  deliveredBy: z.string().nullable(),
  form: DeliveryForm.nullable(),
});
export type Receipt = z.infer<typeof Receipt>;

export type ReceiptInput = {
  version: { id: string; audience: Audience };
  parties: Pick<Party, 'id' | 'kind'>[];
  deliveries: Delivery[];
  consultations: Consultation[];
};

export function receiptsOf({ version, parties, deliveries, consultations }: ReceiptInput): Receipt[] {
  const earliest = <T>(items: T[], at: (t: T) => string) =>
    items.reduce<T | null>((first, t) => (first === null || at(t) < at(first) ? t : first), null);
  return parties.map((party) => {
    const delivery = earliest(
      deliveries.filter((d) => d.versionId === version.id && d.partyId === party.id),
      (d) => d.deliveredAt,
    );
    const none = { deliveryId: null, deliveredBy: null, form: null };
    if (delivery)
      return {
        partyId: party.id,
        status: 'delivered',
        at: delivery.deliveredAt,
        deliveryId: delivery.id,
        deliveredBy: delivery.deliveredBy,
        form: delivery.form,
      };
    const consulted = earliest(
      consultations.filter((c) => c.versionId === version.id && c.partyIds.includes(party.id)),
      (c) => c.heldAt,
    );
    if (consulted) return { partyId: party.id, status: 'consulted', at: consulted.heldAt, ...none };
    const { audience } = version;
    const status: ReceiptStatus =
      audience.kind !== 'parties' ? 'open' : audience.partyIds.includes(party.id) ? 'shared' : 'not-received';
    return { partyId: party.id, status, at: null, ...none };
  });
}

/** The parties of kind `party` that have not received the version in any way. */
export function notBriefed(receipts: Receipt[], parties: Pick<Party, 'id' | 'kind'>[]): string[] {
  const negotiating = new Set(parties.filter((p) => p.kind === 'party').map((p) => p.id));
  return receipts
    .filter((r) => r.status === 'not-received' && negotiating.has(r.partyId))
    .map((r) => r.partyId);
}
