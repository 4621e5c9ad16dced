// The application's routes, matched from a URL without touching the DOM so the rules can be tested.
export type Route =
  | { name: 'processes' }
  | { name: 'process'; id: string }
  | { name: 'plan'; id: string }
  | { name: 'version'; id: string }
  | { name: 'verify'; index: string | null }
  | { name: 'log'; end: number | null }
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
  if (segments.length === 1 && first === 'log') {
    const end = new URLSearchParams(search).get('end');
    return { name: 'log', end: end !== null && /^\d{1,15}$/.test(end) ? Number(end) : null };
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

export const paths = {
  processes: () => '/',
  process: (id: string) => `/processes/${encodeURIComponent(id)}`,
  plan: (id: string) => `/plans/${encodeURIComponent(id)}`,
  version: (id: string) => `/versions/${encodeURIComponent(id)}`,
  log: (end?: number) => (end === undefined ? '/log' : `/log?end=${end}`),
  verify: (index?: number | string) =>
    index === undefined ? '/verify' : `/verify?index=${encodeURIComponent(String(index))}`,
};
