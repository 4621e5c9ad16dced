// The application's routes, matched from a URL without touching the DOM so the rules can be tested.
export type Route =
  | { name: 'processes' }
  | { name: 'process'; id: string }
  | { name: 'council'; processId: string }
  | { name: 'implementation'; processId: string }
  | { name: 'monitoring'; processId: string }
  | { name: 'fund'; processId: string }
  | { name: 'guarantees'; processId: string }
  | { name: 'transparency'; processId: string }
  | { name: 'plan'; id: string }
  | { name: 'version'; id: string }
  | { name: 'verify'; index: string | null }
  | { name: 'verify-version'; id: string }
  | { name: 'check-copy' }
  | { name: 'log'; end: number | null }
  | { name: 'sign-in'; next: string }
  | { name: 'sign-in-link' }
  | { name: 'invite' }
  | { name: 'account' }
  | { name: 'new-process' }
  | { name: 'new-version'; planId: string; from: string | null }
  | { name: 'version-editor'; id: string }
  | { name: 'compare'; planId: string; from: string | null; to: string | null }
  | {
      name: 'precedents';
      planId: string;
      other: string | null;
      version: string | null;
      otherVersion: string | null;
    }
  | { name: 'import'; planId: string }
  | { name: 'not-found'; path: string };

const entityRoutes = {
  processes: 'process',
  plans: 'plan',
  versions: 'version',
} as const;

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape (e.g. "%E0%A4%A") is hostile or broken input: no route, not a crash.
    return null;
  }
}

export function matchRoute(pathname: string, search: string): Route {
  const segments = pathname.split('/').filter((s) => s.length > 0);
  if (segments.length === 0) return { name: 'processes' };
  const [first, second] = segments;
  if (segments.length === 1 && first === 'processes') return { name: 'processes' };
  if (segments.length === 1 && first === 'verify') {
    const index = new URLSearchParams(search).get('index');
    return { name: 'verify', index: index === null || index.trim() === '' ? null : index.trim() };
  }
  if (segments.length === 1 && first === 'check') return { name: 'check-copy' };
  if (segments.length === 1 && first === 'log') {
    const end = new URLSearchParams(search).get('end');
    return { name: 'log', end: end !== null && /^\d{1,15}$/.test(end) ? Number(end) : null };
  }
  if (segments.length === 1 && first === 'sign-in') {
    return { name: 'sign-in', next: safeNext(new URLSearchParams(search).get('next')) };
  }
  if (segments.length === 2 && first === 'sign-in' && second === 'link') return { name: 'sign-in-link' };
  if (segments.length === 1 && first === 'invite') return { name: 'invite' };
  if (segments.length === 1 && first === 'account') return { name: 'account' };
  if (segments.length === 2 && first === 'processes' && second === 'new') return { name: 'new-process' };
  if (segments.length === 3 && first === 'processes' && second !== undefined && segments[2] === 'council') {
    const id = decodeSegment(second);
    if (id !== null && id.length > 0) return { name: 'council', processId: id };
  }
  if (
    segments.length === 3 &&
    first === 'processes' &&
    second !== undefined &&
    segments[2] === 'implementation'
  ) {
    const id = decodeSegment(second);
    if (id !== null && id.length > 0) return { name: 'implementation', processId: id };
  }
  if (
    segments.length === 3 &&
    first === 'processes' &&
    second !== undefined &&
    segments[2] === 'transparency'
  ) {
    const id = decodeSegment(second);
    if (id !== null && id.length > 0) return { name: 'transparency', processId: id };
  }
  if (
    segments.length === 3 &&
    first === 'processes' &&
    second !== undefined &&
    segments[2] === 'guarantees'
  ) {
    const id = decodeSegment(second);
    if (id !== null && id.length > 0) return { name: 'guarantees', processId: id };
  }
  if (segments.length === 3 && first === 'processes' && second !== undefined && segments[2] === 'fund') {
    const id = decodeSegment(second);
    if (id !== null && id.length > 0) return { name: 'fund', processId: id };
  }
  if (
    segments.length === 3 &&
    first === 'processes' &&
    second !== undefined &&
    segments[2] === 'monitoring'
  ) {
    const id = decodeSegment(second);
    if (id !== null && id.length > 0) return { name: 'monitoring', processId: id };
  }
  if (segments.length === 3 && (first === 'plans' || first === 'versions') && second !== undefined) {
    const id = decodeSegment(second);
    if (id !== null && id.length > 0 && first === 'plans' && segments[2] === 'new-version') {
      const from = new URLSearchParams(search).get('from');
      return { name: 'new-version', planId: id, from: from === null || from.trim() === '' ? null : from };
    }
    if (id !== null && id.length > 0 && first === 'plans' && segments[2] === 'precedents') {
      const q = new URLSearchParams(search);
      const pick = (k: string) => (q.get(k)?.trim() ? (q.get(k) as string).trim() : null);
      return {
        name: 'precedents',
        planId: id,
        other: pick('other'),
        version: pick('version'),
        otherVersion: pick('otherVersion'),
      };
    }
    if (id !== null && id.length > 0 && first === 'plans' && segments[2] === 'compare') {
      const q = new URLSearchParams(search);
      const pick = (k: string) => (q.get(k)?.trim() ? (q.get(k) as string).trim() : null);
      return { name: 'compare', planId: id, from: pick('from'), to: pick('to') };
    }
    if (id !== null && id.length > 0 && first === 'plans' && segments[2] === 'import')
      return { name: 'import', planId: id };
    if (id !== null && id.length > 0 && first === 'versions' && segments[2] === 'edit')
      return { name: 'version-editor', id };
    if (id !== null && id.length > 0 && first === 'versions' && segments[2] === 'verify')
      return { name: 'verify-version', id };
  }
  if (
    segments.length === 2 &&
    first !== undefined &&
    second !== undefined &&
    Object.hasOwn(entityRoutes, first)
  ) {
    const id = decodeSegment(second);
    if (id !== null && id.length > 0) {
      return { name: entityRoutes[first as keyof typeof entityRoutes], id };
    }
  }
  return { name: 'not-found', path: pathname };
}

/**
 * Where to go after signing in: a path of this site only ("/versions/…"), never another origin ("//evil.example",
 * "/\\evil.example", "https://…") or a sign-in page again; anything else is the processes list.
 */
export function safeNext(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  // URL parsing would silently drop a tab or line break ("/\t/evil.example" → "//evil.example"): refuse them.
  for (const c of next) if (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) return '/';
  let url: URL;
  try {
    url = new URL(next, 'http://concord.invalid');
  } catch {
    return '/';
  }
  if (url.origin !== 'http://concord.invalid' || url.pathname.startsWith('/sign-in')) return '/';
  return url.pathname + url.search;
}

export const paths = {
  processes: () => '/',
  checkCopy: () => '/check',
  process: (id: string) => `/processes/${encodeURIComponent(id)}`,
  council: (processId: string) => `/processes/${encodeURIComponent(processId)}/council`,
  implementation: (processId: string) => `/processes/${encodeURIComponent(processId)}/implementation`,
  monitoring: (processId: string) => `/processes/${encodeURIComponent(processId)}/monitoring`,
  fund: (processId: string) => `/processes/${encodeURIComponent(processId)}/fund`,
  guarantees: (processId: string) => `/processes/${encodeURIComponent(processId)}/guarantees`,
  transparency: (processId: string) => `/processes/${encodeURIComponent(processId)}/transparency`,
  plan: (id: string) => `/plans/${encodeURIComponent(id)}`,
  version: (id: string) => `/versions/${encodeURIComponent(id)}`,
  newProcess: () => '/processes/new',
  newVersion: (planId: string, from?: string) =>
    `/plans/${encodeURIComponent(planId)}/new-version${from === undefined ? '' : `?from=${encodeURIComponent(from)}`}`,
  editVersion: (id: string) => `/versions/${encodeURIComponent(id)}/edit`,
  compare: (planId: string, from?: string | null, to?: string | null) => {
    const q = new URLSearchParams();
    if (from) q.set('from', from);
    if (to) q.set('to', to);
    const query = q.toString();
    return `/plans/${encodeURIComponent(planId)}/compare${query ? `?${query}` : ''}`;
  },
  precedents: (
    planId: string,
    choice: { other?: string | null; version?: string | null; otherVersion?: string | null } = {},
  ) => {
    const q = new URLSearchParams();
    if (choice.other) q.set('other', choice.other);
    if (choice.version) q.set('version', choice.version);
    if (choice.otherVersion) q.set('otherVersion', choice.otherVersion);
    const query = q.toString();
    return `/plans/${encodeURIComponent(planId)}/precedents${query ? `?${query}` : ''}`;
  },
  importText: (planId: string) => `/plans/${encodeURIComponent(planId)}/import`,
  log: (end?: number) => (end === undefined ? '/log' : `/log?end=${end}`),
  signIn: (next?: string) =>
    next === undefined || safeNext(next) === '/'
      ? '/sign-in'
      : `/sign-in?next=${encodeURIComponent(safeNext(next))}`,
  signInLink: () => '/sign-in/link',
  invite: () => '/invite',
  account: () => '/account',
  verifyVersion: (id: string) => `/versions/${encodeURIComponent(id)}/verify`,
  verify: (index?: number | string) =>
    index === undefined ? '/verify' : `/verify?index=${encodeURIComponent(String(index))}`,
};
