// The process's guarantee rules in words: what opens a case, the steps a case runs through with their time limits,
// and what happens when nobody decides in time.
import { revealInvisible } from '@concord/core/text';
import { stepWords, transitionWords, triggerWords } from '../../lib/guarantee-words.ts';
import type { GuaranteesView } from './types.ts';

export function RulesList({ rules }: { rules: NonNullable<GuaranteesView['rules']> }) {
  return (
    <div data-testid="guarantee-rules">
      {rules.rules.rules.map((rule) => (
        <article key={rule.id} className="guarantee-rule">
          <h3>{revealInvisible(rule.title)}</h3>
          {rule.instrument ? <p className="muted">{revealInvisible(rule.instrument)}</p> : null}
          <p>
            <strong>A case opens when</strong> {triggerWords(rule.trigger)}; then{' '}
            {transitionWords(rule.start, rule.steps)}.
          </p>
          {rule.steps.length > 0 ? (
            <ol>
              {rule.steps.map((step) => (
                <li key={step.id}>
                  <strong>{revealInvisible(step.title)}</strong>
                  {step.body ? ` (${revealInvisible(step.body)})` : ''}: {stepWords(step, rule)}
                  {Object.keys(step.outcomes).length > 0
                    ? `; possible decisions: ${Object.keys(step.outcomes).join(', ')}`
                    : ''}
                  .
                </li>
              ))}
            </ol>
          ) : null}
          {rule.note ? <p className="muted">{revealInvisible(rule.note)}</p> : null}
        </article>
      ))}
    </div>
  );
}
