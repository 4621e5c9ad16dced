// Who is asking. A request without an access key is the public; a key stands for the mediator of one process or
// for one party's delegation in it. Operators act through the CLI on the database, not over HTTP.
import { z } from 'zod';
import { Id } from '../ids.ts';

export const Principal = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('mediator'), processId: Id }),
  z.strictObject({ role: z.literal('party'), processId: Id, partyId: Id }),
]);
export type Principal = z.infer<typeof Principal>;

/** The stable actor string recorded in events written by a principal ('api' for an anonymous write). */
export function actorOf(principal: Principal | null): string {
  if (principal === null) return 'api';
  return principal.role === 'mediator' ? `mediator:${principal.processId}` : `party:${principal.partyId}`;
}
