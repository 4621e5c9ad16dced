// The version an entry helps shape (its creation, or a change to it, its points or commitments), if any: the
// entry's verify page then says that it covers this one entry, not the version as shown, and links to that check.
const SHAPES_A_VERSION = /^(version\.(created|updated)|point\.|commitment\.)/;

export function versionOfEntry(event: unknown): string | null {
  if (typeof event !== 'object' || event === null) return null;
  const { type, scope, data } = event as { type?: unknown; scope?: { subjectId?: unknown }; data?: unknown };
  if (typeof type !== 'string' || !SHAPES_A_VERSION.test(type)) return null;
  if (type === 'version.created') {
    const id = (data as { version?: { id?: unknown } } | null)?.version?.id;
    return typeof id === 'string' ? id : null;
  }
  return typeof scope?.subjectId === 'string' ? scope.subjectId : null;
}
