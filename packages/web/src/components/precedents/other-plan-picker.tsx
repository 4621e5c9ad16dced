import { revealInvisible } from '@concord/core/text';
import type { ProcessView } from '../../lib/people-types.ts';

/** The other plan, among those the reader can see; plans of other processes first. */
export function OtherPlanPicker({
  processes,
  planId,
  processId,
  value,
  onChange,
}: {
  processes: ProcessView[];
  planId: string;
  processId: string;
  value: string | null;
  onChange: (planId: string) => void;
}) {
  const ordered = [...processes].sort((a, b) => Number(a.id === processId) - Number(b.id === processId));
  const choices = ordered
    .map((process) => ({ process, plans: process.plans.filter((p) => p.id !== planId) }))
    .filter((g) => g.plans.length > 0);
  if (choices.length === 0)
    return <p className="muted">There is no other plan you can see to compare this one with.</p>;
  return (
    <label className="precedent-picker">
      Compare with{' '}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value)} data-testid="precedent-other">
        <option value="" disabled>
          Choose a plan…
        </option>
        {choices.map(({ process, plans }) => (
          <optgroup
            key={process.id}
            label={`${revealInvisible(process.title)}${process.id === processId ? ' (this process)' : ''}`}
          >
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {revealInvisible(p.title)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
