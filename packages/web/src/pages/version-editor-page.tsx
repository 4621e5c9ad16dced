import { frozenBecause } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import { useEffect, useMemo, useRef, useState } from 'react';
import { getJson, postJson } from '../api/client.ts';
import type { Point } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { DraftPoint } from '../components/authoring/draft-point.tsx';
import { PointEditor } from '../components/authoring/point-editor.tsx';
import { RestoreList } from '../components/authoring/restore-list.tsx';
import { useWrite } from '../components/authoring/use-write.ts';
import { VersionStateNotice } from '../components/authoring/version-state.tsx';
import '../components/authoring/authoring.css';
import { Breadcrumbs } from '../components/layout.tsx';
import { Loaded } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { may, type PlanView, type ProcessView, type VersionView } from '../lib/people-types.ts';
import { bodyOf, emptyForm, type PointForm } from '../lib/point-form.ts';
import { languagesOf } from '../lib/point-outline.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/routes.ts';

/** A working draft, edited in place point by point. */
export function VersionEditorPage({ id }: { id: string }) {
  const [refresh, setRefresh] = useState(0);
  const fetched = useResource<VersionView>(`/api/versions/${encodeURIComponent(id)}`, refresh);
  // While the draft is read again after a change, the last reading stays on screen (no blink to "Loading").
  const last = useRef<VersionView | null>(null);
  if (fetched.state === 'ok') last.current = fetched.data;
  const version: typeof fetched =
    fetched.state === 'loading' && last.current !== null ? { state: 'ok', data: last.current } : fetched;
  const planId = version.state === 'ok' ? version.data.planId : null;
  const processId = version.state === 'ok' ? version.data.processId : null;
  const plan = useResource<PlanView>(planId ? `/api/plans/${encodeURIComponent(planId)}` : null);
  const process = useResource<ProcessView>(
    processId ? `/api/processes/${encodeURIComponent(processId)}` : null,
  );
  useDocumentTitle(version.state === 'ok' ? `Editing ${version.data.label}` : null);
  const changed = () => setRefresh((n) => n + 1);
  return (
    <Loaded resource={version} what="the draft">
      {(v) => {
        const versions = plan.state === 'ok' ? plan.data.versions : [];
        const parent = versions.find((x) => x.id === v.parentVersionId);
        return (
          <>
            <Breadcrumbs
              trail={[
                { label: 'Processes', href: paths.processes() },
                ...(process.state === 'ok'
                  ? [{ label: process.data.title, href: paths.process(v.processId) }]
                  : []),
                ...(plan.state === 'ok' ? [{ label: plan.data.title, href: paths.plan(v.planId) }] : []),
                { label: v.label, href: paths.version(v.id) },
                { label: 'Edit' },
              ]}
            />
            <header className="page-header">
              <h1 dir="auto">Editing “{revealInvisible(v.label)}”</h1>
              <p className="lede newcomer-note">
                This is a working draft that only the mediators read: you change it in place until you share
                it with a party or deliver it, and then it is frozen.
                {parent ? (
                  <>
                    {' '}
                    It answers{' '}
                    <Link href={paths.version(parent.id)} dir="auto">
                      “{revealInvisible(parent.label)}”
                    </Link>
                    : each point says which point of it (or of an earlier version) it comes from, and whether
                    it was kept, amended, split, merged or restored. That is how later comparisons follow a
                    point even when it is renumbered.
                  </>
                ) : (
                  ' It answers no earlier version: every point is new.'
                )}{' '}
                Every change is an entry in the log.
              </p>
              <p>
                <Link href={paths.version(v.id)} data-testid="view-version">
                  Read the version as a document
                </Link>
              </p>
            </header>
            {frozenBecause(v) !== null || !may(v.abilities, 'edit') ? (
              <VersionStateNotice
                version={v}
                planAbilities={plan.state === 'ok' ? plan.data.abilities : null}
              />
            ) : (
              <DraftEditor
                version={v}
                parties={process.state === 'ok' ? process.data.parties : []}
                versions={versions.map((x) => ({
                  id: x.id,
                  label: x.label,
                  parentVersionId: x.parentVersionId,
                }))}
                onChanged={changed}
              />
            )}
          </>
        );
      }}
    </Loaded>
  );
}

function DraftEditor({
  version,
  parties,
  versions,
  onChanged,
}: {
  version: VersionView;
  parties: ProcessView['parties'];
  versions: { id: string; label: string; parentVersionId: string | null }[];
  onChanged: () => void;
}) {
  const languages = languagesOf(version.points);
  const [wanted, setLang] = useState('en');
  const lang = languages.includes(wanted) ? wanted : (languages[0] ?? wanted);
  const [adding, setAdding] = useState(false);
  const write = useWrite();
  const sources = useSources(version, versions);
  const add = async (form: PointForm) => {
    const ok = await write.run(async () => {
      await postJson(`/api/versions/${encodeURIComponent(version.id)}/points`, bodyOf(form));
    });
    if (ok) {
      setAdding(false);
      onChanged();
    }
  };
  return (
    <>
      {languages.length > 1 ? (
        <label className="lang-picker">
          Language{' '}
          <select value={lang} onChange={(e) => setLang(e.target.value)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {version.points.length === 0 ? (
        <p className="muted" data-testid="empty-draft">
          This draft has no points yet. An empty draft can be kept as a working draft, but it cannot be
          delivered to anyone: add its first point below.
        </p>
      ) : null}
      <ol className="draft-points" data-testid="draft-points">
        {version.points.map((p) => (
          <DraftPoint
            key={`${p.id}:${p.logIndex}`}
            point={p}
            points={version.points}
            commitments={version.commitments}
            parties={parties}
            lang={lang}
            sources={sources}
            onChanged={onChanged}
          />
        ))}
      </ol>
      {adding ? (
        <PointEditor
          initial={emptyForm(lang)}
          mode="create"
          submitLabel="Add the point"
          busy={write.busy}
          problem={write.problem}
          onSubmit={(f) => void add(f)}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <p>
          <button type="button" className="button" onClick={() => setAdding(true)} data-testid="add-point">
            Add a point at the end
          </button>
        </p>
      )}
      <RestoreList draft={version} versions={versions} lang={lang} onDone={onChanged} />
    </>
  );
}

/** The number and version label of every point this draft's points come from, for saying where each comes from. */
function useSources(
  version: VersionView,
  versions: { id: string; label: string }[],
): ReadonlyMap<string, { number: string; label: string }> {
  const wanted = useMemo(() => {
    const ids = new Set<string>();
    for (const p of version.points) for (const d of p.derivedFrom ?? []) ids.add(d.pointId);
    return [...ids].sort().join(',');
  }, [version.points]);
  const [found, setFound] = useState<Map<string, { number: string; label: string }>>(new Map());
  // The versions by content, not by identity: the list is rebuilt on every render.
  const labelsKey = JSON.stringify(versions.map((v) => [v.id, v.label]));
  useEffect(() => {
    if (wanted === '') return;
    const controller = new AbortController();
    const ids = wanted.split(',');
    Promise.all(
      ids.map((pointId) =>
        getJson<Point>(`/api/points/${encodeURIComponent(pointId)}`, { signal: controller.signal }).then(
          (p) => p,
          () => null,
        ),
      ),
    ).then((points) => {
      if (controller.signal.aborted) return;
      const labels = new Map(JSON.parse(labelsKey) as [string, string][]);
      setFound(
        new Map(
          points
            .filter((p): p is Point => p !== null)
            .map((p) => [p.id, { number: p.number, label: labels.get(p.versionId) ?? 'an earlier version' }]),
        ),
      );
    });
    return () => controller.abort();
  }, [wanted, labelsKey]);
  return found;
}
