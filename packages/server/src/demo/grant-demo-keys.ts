// Access keys for trying the demo: the mediator of each demo process, and the delegations of its two main
// parties. They are ordinary keys (`store.accessKeys`), shown once by `concord start` and kept in the data
// directory; an operator running a real process grants and revokes keys with `concord access` instead.
import type { Principal } from '@concord/core';
import type { Store } from '@concord/db';

export type DemoKey = {
  label: string;
  role: Principal['role'];
  processId: string;
  processTitle: string;
  partyId?: string;
  partyName?: string;
  key: string;
};

/** Parties (by name, in the demo's processes) that get a delegation key. */
export const DEMO_KEY_PARTIES = ['Ukraine', 'Russia', 'Israel'] as const;

export async function grantDemoKeys(store: Store): Promise<DemoKey[]> {
  const keys: DemoKey[] = [];
  for (const process of await store.processes.list()) {
    const label = `demo mediator — ${process.title}`;
    const mediator = await store.accessKeys.grant({
      principal: { role: 'mediator', processId: process.id },
      label,
    });
    keys.push({
      label,
      role: 'mediator',
      processId: process.id,
      processTitle: process.title,
      key: mediator.key,
    });
    const parties = await store.parties.listByProcess(process.id);
    for (const party of parties.filter((p) => (DEMO_KEY_PARTIES as readonly string[]).includes(p.name))) {
      const partyLabel = `demo delegation — ${party.name}`;
      const granted = await store.accessKeys.grant({
        principal: { role: 'party', processId: process.id, partyId: party.id },
        label: partyLabel,
      });
      keys.push({
        label: partyLabel,
        role: 'party',
        processId: process.id,
        processTitle: process.title,
        partyId: party.id,
        partyName: party.name,
        key: granted.key,
      });
    }
  }
  return keys;
}
