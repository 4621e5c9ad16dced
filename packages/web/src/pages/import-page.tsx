import { parsePlan } from '@concord/core/plain-text';
import { revealInvisible } from '@concord/core/text';
import { type FormEvent, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { getJson, postJson } from '../api/client.ts';
import { asProblem, type Problem } from '../api/problem.ts';
import { useResource } from '../api/use-resource.ts';
import { LineageList } from '../components/import/lineage-list.tsx';
import { PreviewList } from '../components/import/preview-list.tsx';
import { SourceForm } from '../components/import/source-form.tsx';
import '../components/import/import.css';
import { Breadcrumbs } from '../components/layout.tsx';
import { Loaded, ProblemView } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import {
  type Choice,
  derivationsOf,
  type EarlierVersion,
  importedCandidates,
  likelyLanguage,
  proposeImport,
  versionBody,
} from '../lib/import-lineage.ts';
import {
  countRows,
  countsInWords,
  factsReader,
  outlineOf,
  type Preview,
  previewIssues,
  previewOf,
} from '../lib/import-preview.ts';
import { may, type PlanView, type ProcessView, type VersionView } from '../lib/people-types.ts';
import { navigate } from '../router/location.ts';
import { paths } from '../router/routes.ts';

/**
 * Imports a plan from plain text (a leak, a published article, a PDF copied as text) as a new working draft of a
 * plan: paste or upload, correct what was read, confirm where each point comes from, save.
 */
export function ImportPage({ planId }: { planId: string }) {
  const plan = useResource<PlanView>(`/api/plans/${encodeURIComponent(planId)}`);
  const processId = plan.state === 'ok' ? plan.data.processId : null;
  const process = useResource<ProcessView>(
    processId ? `/api/processes/${encodeURIComponent(processId)}` : null,
  );
  useDocumentTitle('Import from text');
  return (
    <Loaded resource={plan} what="the plan">
      {(p) => (
        <>
          <Breadcrumbs
            trail={[
              { label: 'Processes', href: paths.processes() },
              {
                label: process.state === 'ok' ? process.data.title : 'Process',
                href: paths.process(p.processId),
              },
              { label: p.title, href: paths.plan(p.id) },
              { label: 'Import from text' },
            ]}
          />
          <header className="page-header">
            <h1>
              Import a version of “<bdi>{revealInvisible(p.title)}</bdi>” from text
            </h1>
            <p className="lede import-intro">
              Paste a numbered plan as it circulates — a published text, a leaked draft, a PDF copied as text
              — or read it from a file. Concord finds its points and sub-points, the quantities, the parties
              named and the conditions, and shows you what it read. Correct it before saving: a line it could
              not place is shown as not understood and is never left out unless you drop it. Then say which
              version the text answers; Concord proposes, for each point, the point of an earlier version it
              comes from, and you confirm or correct it, so later comparisons follow each point across
              versions. The text is saved as a new working draft that only the mediators read until you share
              or deliver it; nothing is saved before you press “Save”.
            </p>
          </header>
          {may(p.abilities, 'create-version') ? (
            process.state === 'ok' ? (
              <ImportFlow plan={p} process={process.data} />
            ) : (
              <Loaded resource={process} what="the process">
                {() => null}
              </Loaded>
            )
          ) : (
            <p className="muted" data-testid="import-not-allowed">
              Your role in this process does not let you add versions to this plan, so you cannot import one.
            </p>
          )}
        </>
      )}
    </Loaded>
  );
}

/** The versions of the plan with their points, as far as the reader can read them. */
function useEarlierVersions(plan: PlanView): {
  versions: EarlierVersion[];
  loading: boolean;
  problem: Problem | null;
} {
  const [state, setState] = useState<{
    versions: EarlierVersion[];
    loading: boolean;
    problem: Problem | null;
  }>({
    versions: [],
    loading: true,
    problem: null,
  });
  useEffect(() => {
    const controller = new AbortController();
    Promise.all(
      plan.versions.map((v) =>
        getJson<VersionView>(`/api/versions/${encodeURIComponent(v.id)}`, { signal: controller.signal }),
      ),
    ).then(
      (views) =>
        setState({
          versions: views.map((v) => ({
            id: v.id,
            label: v.label,
            parentVersionId: v.parentVersionId,
            points: v.points,
          })),
          loading: false,
          problem: null,
        }),
      (error) => {
        if (!controller.signal.aborted) setState({ versions: [], loading: false, problem: asProblem(error) });
      },
    );
    return () => controller.abort();
  }, [plan]);
  return state;
}

function ImportFlow({ plan, process }: { plan: PlanView; process: ProcessView }) {
  const earlier = useEarlierVersions(plan);
  const facts = useMemo(
    () => factsReader(process.parties.map((party) => ({ name: party.name, aliases: party.aliases ?? [] }))),
    [process.parties],
  );
  const [source, setSource] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [parentId, setParentId] = useState('');
  const [language, setLanguage] = useState<string | null>(null);
  const [choices, setChoices] = useState<Map<string, Choice>>(new Map());
  const [label, setLabel] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [preambleAsNote, setPreambleAsNote] = useState(true);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [tried, setTried] = useState(false);

  const lang = language ?? likelyLanguage(earlier.versions);
  const shown = useDeferredValue(preview);
  const outline = useMemo(() => (shown ? outlineOf(shown) : []), [shown]);
  const proposals = useMemo(() => {
    if (!shown || earlier.loading) return new Map();
    const known = new Set(earlier.versions.map((v) => v.id));
    return proposeImport(
      importedCandidates(shown, lang, facts),
      earlier.versions,
      parentId !== '' && known.has(parentId) ? parentId : null,
    );
  }, [shown, lang, facts, earlier, parentId]);

  if (preview === null)
    return (
      <section className="import-step">
        <h2>1. The text</h2>
        <SourceForm
          initial={source}
          onRead={(text) => {
            setSource(text);
            setPreview(
              previewOf(
                parsePlan(text, {
                  parties: process.parties.map((p) => ({ name: p.name, aliases: p.aliases ?? [] })),
                }),
                text,
              ),
            );
            setChoices(new Map());
            setProblem(null);
            setTried(false);
          }}
        />
      </section>
    );

  const issues = previewIssues(preview);
  const counts = countRows(preview);
  const languageOk = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/.test(lang);
  const labelMissing = label.trim() === '';

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (issues.length > 0 || labelMissing || !languageOk) return;
    setBusy(true);
    setProblem(null);
    try {
      const body = versionBody(
        preview,
        {
          label,
          issuedOn,
          note: preambleAsNote ? preview.preamble.join('\n') : '',
          parentVersionId: parentId === '' ? null : parentId,
          language: lang,
        },
        facts,
        (key) => derivationsOf(proposals.get(key), choices.get(key) ?? { kind: 'proposed' }),
      );
      const created = await postJson<{ id: string }>(
        `/api/plans/${encodeURIComponent(plan.id)}/versions`,
        body,
      );
      navigate(paths.version(created.id));
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="import-flow" onSubmit={(e) => void save(e)} noValidate data-testid="import-flow">
      <section className="import-step">
        <h2>2. What Concord read</h2>
        <p className="import-counts">
          <span data-testid="import-counts">{countsInWords(counts)}</span>{' '}
          <button
            type="button"
            className="import-link"
            onClick={() => setPreview(null)}
            data-testid="import-again"
          >
            Change the text and read it again
          </button>{' '}
          <span className="muted">(your corrections below would be lost)</span>
        </p>
        <p className="muted">
          Check each point against the text: correct a number or a wording, make a point a sub-point of the
          one above or move it up, merge a point that was cut in two, leave out what is not part of the plan.
          The quantities, parties and conditions are read again from the text as you correct it.
        </p>
        <PreviewList
          preview={preview}
          edit={(change) => setPreview((p) => (p ? change(p) : p))}
          facts={facts}
          issues={issues}
        />
      </section>

      <section className="import-step">
        <h2>3. Where each point comes from</h2>
        <div className="field">
          <label htmlFor="import-parent">This text answers</label>
          <select
            id="import-parent"
            value={parentId}
            onChange={(e) => setParentId(e.target.value)}
            data-testid="import-parent"
          >
            <option value="">no version (a text of its own)</option>
            {plan.versions.map((v) => (
              <option key={v.id} value={v.id}>
                {revealInvisible(v.label)}
                {v.withdrawal ? ' (withdrawn)' : ''}
              </option>
            ))}
          </select>
          <span className="field-hint">
            It is shown under that version in the plan's tree, and its points are preferred as sources.
          </span>
        </div>
        <div className="field">
          <label htmlFor="import-language">Language of the text</label>
          <input
            id="import-language"
            value={lang}
            onChange={(e) => setLanguage(e.target.value.trim())}
            size={8}
            data-testid="import-language"
          />
          <span className="field-hint">a language tag such as en, uk, ru or ar</span>
          {!languageOk ? (
            <span className="field-error" role="alert">
              Give a language tag such as en, uk or pt-BR.
            </span>
          ) : null}
        </div>
        {earlier.loading ? (
          <p className="muted">Reading the earlier versions’ points…</p>
        ) : earlier.problem ? (
          <ProblemView problem={earlier.problem} what="the earlier versions" />
        ) : (
          <>
            <p className="muted">
              Concord compares each point with the points of this plan’s versions you can read — words shared,
              quantities, place in the text, number — and proposes where it comes from, with how sure it is
              and why. Keep the proposal, pick another source point, or mark the point as new.
            </p>
            <LineageList
              outline={outline}
              proposals={proposals}
              versions={earlier.versions}
              choices={choices}
              choose={(key, choice) => setChoices((m) => new Map(m).set(key, choice))}
              language={lang}
            />
          </>
        )}
      </section>

      <section className="import-step">
        <h2>4. Save it as a new version</h2>
        <div className="field">
          <label htmlFor="import-label">Label</label>
          <input
            id="import-label"
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            size={40}
            placeholder="e.g. Leaked draft as published on 20 November"
            data-testid="import-label"
          />
          {tried && labelMissing ? (
            <span className="field-error" role="alert" data-testid="import-label-error">
              Give the version a label.
            </span>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="import-issued">Issued on (optional)</label>
          <input
            id="import-issued"
            type="date"
            value={issuedOn}
            onChange={(e) => setIssuedOn(e.target.value)}
            data-testid="import-issued"
          />
        </div>
        {preview.preamble.length > 0 ? (
          <label className="import-check">
            <input
              type="checkbox"
              checked={preambleAsNote}
              onChange={(e) => setPreambleAsNote(e.target.checked)}
              data-testid="import-preamble-note"
            />{' '}
            Keep the preamble as the version’s note
          </label>
        ) : null}
        {tried && issues.length > 0 ? (
          <div className="problem" role="alert" data-testid="import-blocked">
            <p className="problem-title">
              Not saved yet: the preview still has{' '}
              {issues.length === 1 ? 'one thing' : `${issues.length} things`} to settle.
            </p>
            <ul>
              {issues.map((i) => (
                <li key={`${i.key}:${i.message}`}>{i.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {problem ? <ProblemView problem={problem} /> : null}
        <p>
          <button type="submit" className="button" disabled={busy} data-testid="import-save">
            {busy ? 'Saving…' : 'Save as a new version'}
          </button>{' '}
          <span className="muted">
            It is saved as a working draft for the mediators: you can still edit it until you share or deliver
            it.
          </span>
        </p>
      </section>
    </form>
  );
}
