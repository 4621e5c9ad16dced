// API tokens for trying the demo from the CLI or with curl: one per demo person, for its first role. They are
// ordinary personal API tokens, issued by the operator, shown once by `concord start` and kept in the data
// directory; a real process issues and revokes tokens with `concord access` or from the web app.
import { OPERATOR } from '@concord/core';
import type { Store } from '@concord/db';
import { issueApiToken } from '../commands/issue-api-token.ts';
import type { DemoPerson } from './load-demo.ts';

export type DemoToken = DemoPerson & { role: string; processTitle: string; token: string };

export async function issueDemoTokens(store: Store, people: DemoPerson[]): Promise<DemoToken[]> {
  const ctx = { store, principal: OPERATOR, clock: () => new Date() };
  const tokens: DemoToken[] = [];
  for (const person of people) {
    const [first] = (await store.memberships.listByAccount(person.accountId)).filter(
      (m) => m.status === 'active',
    );
    if (!first) continue;
    const process = await store.processes.get(first.processId);
    const party = first.partyId === null ? null : await store.parties.get(first.partyId);
    const role = [first.role, first.rank, party ? `of ${party.name}` : null].filter(Boolean).join(' ');
    const issued = await issueApiToken(ctx, { membershipId: first.id, label: `demo — ${person.name}` });
    tokens.push({ ...person, role, processTitle: process?.title ?? '', token: issued.token });
  }
  return tokens;
}
