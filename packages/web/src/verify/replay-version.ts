// What the log says a version reads: its creation replayed with every later change to it (label, note, points
// added, reworded, renumbered or removed), then compared, point by point and language by language, with what
// the version page displays. Pure: the events given must already have verified (see verify-version.ts).
import type { ConcordEvent } from '@concord/core';

export type ReplayedPoint = {
  id: string;
  parentPointId: string | null;
  number: string;
  text: Record<string, string>;
  note: string;
};

export type Replay = {
  label: string | null;
  note: string;
  points: Map<string, ReplayedPoint>;
  /** Whether a creation entry was among the events (without it there is nothing to replay onto). */
  created: boolean;
};

/** The fields a reader sees on the version page that the replay covers. */
export type DisplayedVersion = {
  label: string;
  note: string;
  points: {
    id: string;
    parentPointId: string | null;
    number: string;
    text: Record<string, string>;
    note: string;
  }[];
};

export type Difference =
  | { kind: 'label'; log: string; page: string }
  | { kind: 'note'; log: string; page: string }
  | { kind: 'text'; pointId: string; number: string; lang: string; log: string | null; page: string | null }
  | { kind: 'number'; pointId: string; number: string; log: string; page: string }
  | { kind: 'point-note'; pointId: string; number: string; log: string; page: string }
  | { kind: 'not-in-log'; pointId: string; number: string }
  | { kind: 'not-on-page'; pointId: string; number: string };

const pointOf = (p: ReplayedPoint): ReplayedPoint => ({ ...p, text: { ...p.text } });

/** Applies, in log order, the events about `versionId` that change what its page shows; others are skipped. */
export function replayVersion(versionId: string, events: ConcordEvent[]): Replay {
  const replay: Replay = { label: null, note: '', points: new Map(), created: false };
  for (const event of events) apply(replay, versionId, event);
  return replay;
}

function apply(replay: Replay, versionId: string, event: ConcordEvent): void {
  switch (event.type) {
    case 'version.created':
      if (event.data.version.id !== versionId) return;
      replay.created = true;
      replay.label = event.data.version.label;
      replay.note = event.data.version.note;
      for (const p of event.data.points) if (p.versionId === versionId) replay.points.set(p.id, pointOf(p));
      return;
    case 'version.updated':
      if (event.data.id !== versionId) return;
      if (event.data.changes.label !== undefined) replay.label = event.data.changes.label;
      if (event.data.changes.note !== undefined) replay.note = event.data.changes.note;
      return;
    case 'point.created':
      if (event.data.versionId === versionId) replay.points.set(event.data.id, pointOf(event.data));
      return;
    case 'point.updated': {
      const point = replay.points.get(event.data.id);
      if (!point) return;
      const { number, text, note } = event.data.changes;
      replay.points.set(point.id, {
        ...point,
        ...(number !== undefined ? { number } : {}),
        ...(text !== undefined ? { text: { ...text } } : {}),
        ...(note !== undefined ? { note } : {}),
      });
      return;
    }
    case 'point.removed':
      removeWithSubPoints(replay.points, event.data.id);
      return;
    default:
      return;
  }
}

function removeWithSubPoints(points: Map<string, ReplayedPoint>, id: string): void {
  points.delete(id);
  for (const p of [...points.values()]) if (p.parentPointId === id) removeWithSubPoints(points, p.id);
}

/** Every way the page differs from the replay, in the page's order then the points only the log has. */
export function compareWithPage(replay: Replay, page: DisplayedVersion): Difference[] {
  const out: Difference[] = [];
  if (replay.label !== null && replay.label !== page.label)
    out.push({ kind: 'label', log: replay.label, page: page.label });
  if (replay.note !== page.note) out.push({ kind: 'note', log: replay.note, page: page.note });
  const shown = new Set<string>();
  for (const p of page.points) {
    shown.add(p.id);
    const logged = replay.points.get(p.id);
    if (!logged) {
      out.push({ kind: 'not-in-log', pointId: p.id, number: p.number });
      continue;
    }
    if (logged.number !== p.number)
      out.push({ kind: 'number', pointId: p.id, number: p.number, log: logged.number, page: p.number });
    for (const lang of [...new Set([...Object.keys(logged.text), ...Object.keys(p.text)])].sort()) {
      const log = logged.text[lang] ?? null;
      const shownText = p.text[lang] ?? null;
      if (log !== shownText)
        out.push({ kind: 'text', pointId: p.id, number: p.number, lang, log, page: shownText });
    }
    if (logged.note !== p.note)
      out.push({ kind: 'point-note', pointId: p.id, number: p.number, log: logged.note, page: p.note });
  }
  for (const p of replay.points.values())
    if (!shown.has(p.id)) out.push({ kind: 'not-on-page', pointId: p.id, number: p.number });
  return out;
}
