// Above the valuation form's points: which points to show (weighted, all contested, in this version) and a
// search over their numbers, titles and wordings.
import type { FilterCounts, PointFilter } from '../lib/valuation-filter.ts';

const choices: { filter: PointFilter; label: string }[] = [
  { filter: 'weighted', label: 'weighted' },
  { filter: 'all', label: 'all contested' },
  { filter: 'inVersion', label: 'in this version' },
];

const describeFilter: Record<PointFilter, string> = {
  weighted: 'the weighted points',
  all: 'the contested points',
  inVersion: 'the points of this version',
};

export function ValuationFilterBar(props: {
  filter: PointFilter;
  counts: FilterCounts;
  query: string;
  shown: number;
  onFilter: (filter: PointFilter) => void;
  onQuery: (query: string) => void;
}) {
  const { filter, counts, query } = props;
  const searching = query.trim() !== '';
  return (
    <div className="valuation-filter-bar">
      <fieldset className="valuation-filter" data-testid="valuation-filter">
        <legend>Points:</legend>
        {choices.map((c) => (
          <button
            key={c.filter}
            type="button"
            aria-pressed={filter === c.filter}
            data-filter={c.filter}
            onClick={() => props.onFilter(c.filter)}
          >
            {c.label} ({counts[c.filter]})
          </button>
        ))}
      </fieldset>
      <input
        type="search"
        className="valuation-search"
        aria-label="Search the points by number, title or wording"
        placeholder="Search number, title or wording"
        value={query}
        onChange={(e) => props.onQuery(e.target.value)}
        // Enter in a search field would submit the valuation.
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
        }}
        data-testid="valuation-search"
      />
      <p className="muted valuation-shown" role="status" data-testid="valuation-shown">
        {props.shown === 0
          ? `No point to show among ${describeFilter[filter]}${searching ? ` matching “${query.trim()}”` : ''}.`
          : `Showing ${props.shown} of ${counts.all} points${searching ? ` matching “${query.trim()}”` : ''}.`}{' '}
        Hidden points keep what was entered and are saved with the rest.
      </p>
    </div>
  );
}
