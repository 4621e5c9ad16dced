// Who the server says the caller is (GET /api/session), how the header names them, and the one place the
// application keeps that answer. Signing in or out anywhere (a page, the demo switcher, another tab) goes
// through setSession or refreshSession, which bumps a generation every resource fetch depends on: every page
// then asks again with the new cookie, so it shows what the new person may see.
import { useSyncExternalStore } from 'react';
import { getJson } from './client.ts';
import { asProblem, type Problem } from './problem.ts';

export type SessionMembership = {
  id: string;
  processId: string;
  processTitle: string;
  role: string;
  rank: string | null;
  partyId: string | null;
  partyName: string | null;
  /** The person's name as shown in this process. */
  name: string;
};

export type SessionPrincipal = {
  accountId: string;
  name: string;
  via: 'session' | 'token';
  mayOpenProcesses: boolean;
  memberships: SessionMembership[];
};

export type SessionAnswer = { principal: SessionPrincipal | null };

const ROLE_WORDS: Record<string, string> = {
  mediator: 'Mediator',
  delegate: 'Delegate',
  intermediary: 'Intermediary',
  council: 'Council',
  monitor: 'Monitor',
  donor: 'Donor',
  observer: 'Observer',
};

/** "Mediator (lead)", "Delegate of Ukraine", "Observer for E3", "Intermediary for Qatar", "Council member". */
export function describeRole(m: { role: string; rank: string | null; partyName: string | null }): string {
  const role = ROLE_WORDS[m.role] ?? m.role.charAt(0).toUpperCase() + m.role.slice(1);
  if (m.role === 'council') return m.rank ? `Council ${m.rank}` : 'Council';
  if (m.role === 'delegate') return m.partyName ? `Delegate of ${m.partyName}` : role;
  const rank = m.rank ? ` (${m.rank})` : '';
  // "for", not brackets: party names often carry their own ("E3 (United Kingdom, France, Germany)").
  const party = m.partyName ? ` for ${m.partyName}` : '';
  return `${role}${rank}${party}`;
}

/** "Mediator (lead), Russia–Ukraine 2025". */
export function describeMembership(m: SessionMembership): string {
  return `${describeRole(m)}, ${m.processTitle}`;
}

/** "US mediation team — Mediator (lead), Russia–Ukraine 2025; Mediator (lead), Gaza 2025" (just the name without a role). */
export function describePrincipal(p: SessionPrincipal): string {
  if (p.memberships.length === 0) return p.name;
  return `${p.name} — ${p.memberships.map(describeMembership).join('; ')}`;
}

/** The caller's membership in a process, if any (the first one when they hold several). */
export function membershipIn(p: SessionPrincipal | null, processId: string | null): SessionMembership | null {
  if (p === null || processId === null) return null;
  return p.memberships.find((m) => m.processId === processId) ?? null;
}

// ---- the session store ----

export type SessionState =
  | { state: 'loading' }
  | { state: 'error'; problem: Problem }
  | { state: 'ok'; principal: SessionPrincipal | null };

type Store = { current: SessionState; generation: number; asked: boolean };
const store: Store = { current: { state: 'loading' }, generation: 0, asked: false };
const listeners = new Set<() => void>();
let channel: BroadcastChannel | null = null;

function emit(): void {
  for (const listener of listeners) listener();
}

function set(next: SessionState, bump: boolean): void {
  store.current = next;
  if (bump) store.generation += 1;
  emit();
}

/** Asks the server who the caller is (after a change this tab did not make itself, or at start). */
export async function refreshSession(
  fetchSession = () => getJson<SessionAnswer>('/api/session'),
): Promise<void> {
  store.asked = true;
  try {
    const answer = await fetchSession();
    const before = store.current;
    const changed = before.state !== 'ok' || before.principal?.accountId !== answer.principal?.accountId;
    set({ state: 'ok', principal: answer.principal }, changed && before.state !== 'loading');
  } catch (error) {
    set({ state: 'error', problem: asProblem(error) }, false);
  }
}

/**
 * Records who is signed in now (the principal a sign-in route answered, or null after signing out): the header
 * changes at once, every resource is fetched again, and other tabs of this browser are told to ask.
 */
export function setSession(principal: SessionPrincipal | null): void {
  store.asked = true;
  set({ state: 'ok', principal }, true);
  broadcast();
}

function broadcast(): void {
  try {
    channel ??= typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('concord:session');
    channel?.postMessage('changed');
  } catch {
    // No channel (an old browser): other tabs see the change on their next load.
  }
}

function listenToOtherTabs(): void {
  if (channel !== null || typeof BroadcastChannel === 'undefined') return;
  try {
    channel = new BroadcastChannel('concord:session');
    channel.onmessage = () => {
      void refreshSession().then(() => {
        store.generation += 1;
        emit();
      });
    };
  } catch {
    channel = null;
  }
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  if (!store.asked && typeof window !== 'undefined') {
    listenToOtherTabs();
    void refreshSession();
  }
  return () => {
    listeners.delete(onChange);
  };
}

const serverSnapshot: SessionState = { state: 'loading' };

/** The session as last known (loading until the server answered once), re-rendering when it changes. */
export function useSessionState(): SessionState {
  return useSyncExternalStore(
    subscribe,
    () => store.current,
    () => serverSnapshot,
  );
}

/** A number that changes whenever the signed-in person does: resources depend on it to fetch again. */
export function useSessionGeneration(): number {
  return useSyncExternalStore(
    subscribe,
    () => store.generation,
    () => 0,
  );
}
