// A process's public record: /processes/{id}/transparency. What anyone may read of the agreement's
// implementation without signing in, each item with the log entry that proves it, laid out to print.
import type { TransparencyAnswer } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import { useResource } from '../api/use-resource.ts';
import { Breadcrumbs } from '../components/layout.tsx';
import { Loaded } from '../components/status.tsx';
import {
  AgreementSection,
  CommitmentsSection,
  DecisionsSection,
  FundsSection,
  IncidentsSection,
} from '../components/transparency/transparency-sections.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { UserText } from '../components/user-text.tsx';
import '../components/transparency/transparency.css';
import { paths } from '../router/routes.ts';

export function TransparencyPage({ processId }: { processId: string }) {
  const page = useResource<TransparencyAnswer>(
    `/api/processes/${encodeURIComponent(processId)}/transparency`,
  );
  useDocumentTitle(page.state === 'ok' ? `Public record · ${page.data.process.title}` : null);
  return (
    <div className="transparency-page" data-testid="transparency-page">
      <Loaded resource={page} what="the public record">
        {(t) => (
          <>
            <Breadcrumbs
              trail={[
                { label: 'Processes', href: paths.processes() },
                { label: t.process.title, href: paths.process(t.process.id) },
                { label: 'Public record' },
              ]}
            />
            <header className="page-header">
              <h1 dir="auto">Public record of {revealInvisible(t.process.title)}</h1>
              {t.process.description ? (
                <p dir="auto">
                  <UserText text={t.process.description} />
                </p>
              ) : null}
              <Intro />
              <p className="transparency-print-action">
                <button type="button" onClick={() => window.print()}>
                  Print this record
                </button>
              </p>
            </header>
            <AgreementSection agreements={t.agreements} />
            <CommitmentsSection commitments={t.commitments} />
            <IncidentsSection incidents={t.incidents} />
            <FundsSection funds={t.funds} />
            <DecisionsSection decisions={t.decisions} />
          </>
        )}
      </Loaded>
    </div>
  );
}

function Intro() {
  return (
    <div className="lede" data-testid="transparency-intro">
      <p>
        This page shows what anyone may know about how the agreement is being carried out: the text the
        parties signed, how far each commitment has got, the incidents that monitors have verified, the money
        in the reconstruction funds and what the council has decided. It shows only what is public, the same
        for everyone, signed in or not.
      </p>
      <p>
        Every item comes from an entry in Concord’s log, a record that can only be added to and that an
        independent checker can compare with what it saw before. The entry’s number is shown beside each item:
        “Check entry” opens it and checks in your browser that it is part of the signed log.
      </p>
    </div>
  );
}
