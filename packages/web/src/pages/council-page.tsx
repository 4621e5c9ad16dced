// A process's guarantor councils: /processes/{id}/council. Readable by whoever may read each council (the
// public, for a public one), so the parties and the public can see who sits, how it decides, and every vote.

import type { CouncilView } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import { useState } from 'react';
import { useResource } from '../api/use-resource.ts';
import { CouncilSection } from '../components/council/council-section.tsx';
import { CouncilSetupForm } from '../components/council/council-setup.tsx';
import { Breadcrumbs } from '../components/layout.tsx';
import { Loaded } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import '../components/council/council.css';
import { may, type ProcessView } from '../lib/people-types.ts';
import { paths } from '../router/routes.ts';

export function CouncilPage({ processId }: { processId: string }) {
  const [refresh, setRefresh] = useState(0);
  const process = useResource<ProcessView>(`/api/processes/${encodeURIComponent(processId)}`);
  const councils = useResource<{ items: CouncilView[] }>(
    `/api/processes/${encodeURIComponent(processId)}/councils`,
    refresh,
  );
  useDocumentTitle(process.state === 'ok' ? `Council · ${process.data.title}` : null);
  return (
    <Loaded resource={process} what="the process">
      {(p) => (
        <>
          <Breadcrumbs
            trail={[
              { label: 'Processes', href: paths.processes() },
              { label: p.title, href: paths.process(p.id) },
              { label: 'Council' },
            ]}
          />
          <header className="page-header">
            <h1 dir="auto">Council of {revealInvisible(p.title)}</h1>
            <p className="lede" data-testid="council-intro">
              A guarantor council monitors and guarantees an agreement once it is signed: it rules on
              violations, activates the consequences the agreement provides, amends it and allocates funds, by
              motions its seats vote on. Each council decides by its own rule, shown below in words; the
              outcome of a motion is computed from the votes by that rule, never typed in, and each vote is
              logged under the seat it counts for and the person who cast it, so anyone who reads the council
              can check the count.
            </p>
          </header>
          <Loaded resource={councils} what="the councils">
            {(c) =>
              c.items.length === 0 ? (
                <p className="muted">This process has no council you can see.</p>
              ) : (
                c.items.map((council) => (
                  <CouncilSection
                    key={council.id}
                    council={council}
                    parties={p.parties}
                    onChanged={() => setRefresh((n) => n + 1)}
                  />
                ))
              )
            }
          </Loaded>
          {may(p.abilities, 'create-council') ? (
            <CouncilSetupForm processId={p.id} onDone={() => setRefresh((n) => n + 1)} />
          ) : null}
        </>
      )}
    </Loaded>
  );
}
