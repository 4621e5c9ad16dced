import { revealInvisible } from '@concord/core/text';
import type { PartyRow } from '../api/analysis-types.ts';
import { formatUtility } from '../lib/utility-chart.ts';

const percent = (u: number) => `${(Math.min(1, Math.max(0, u)) * 100).toFixed(1)}%`;

/** Per party: the draft's utility as a bar, its reservation as a mark on the same scale, and whether it accepts. */
export function UtilityBars({ rows }: { rows: PartyRow[] }) {
  return (
    <ul className="utility-bars" data-testid="utility-bars">
      {rows.map((r) => (
        <li
          key={r.partyId}
          className="utility-row"
          data-testid="party-utility"
          data-party={r.name}
          data-accepts={r.accepts ? 'true' : 'false'}
        >
          <span className="utility-name" dir="auto">
            {revealInvisible(r.name)}
          </span>
          <span
            className="utility-track"
            role="img"
            aria-label={`${revealInvisible(r.name)}: utility ${formatUtility(r.draftUtility)} of this draft, reservation ${formatUtility(r.reservation)}`}
          >
            <span
              className={r.accepts ? 'utility-fill accepts' : 'utility-fill refuses'}
              style={{ width: percent(r.draftUtility) }}
            />
            <span className="utility-reservation" style={{ left: percent(r.reservation) }} />
          </span>
          <span className="utility-figures">
            {formatUtility(r.draftUtility)} <span className="muted">vs {formatUtility(r.reservation)}</span>{' '}
            <strong className={r.accepts ? 'verdict-ok' : 'verdict-bad'}>
              {r.accepts ? 'reaches its reservation' : 'below its reservation'}
            </strong>
          </span>
        </li>
      ))}
    </ul>
  );
}
