// The fields of the valuation form: a labelled field with its error, one point (its weight and wordings) and
// one wording's value.
import { revealInvisible } from '@concord/core/text';
import { type ReactNode, useId } from 'react';
import type { DomainIssue, DomainOption } from '../api/analysis-types.ts';
import type { FieldErrors, ValuationForm } from '../lib/valuation-form.ts';
import { UserText } from './user-text.tsx';

type PointRow = ValuationForm['points'][number];

export function Field(props: {
  label: string;
  error: string | undefined;
  testId: string;
  className?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  const classes = ['field', props.className, props.error ? 'has-error' : undefined].filter(Boolean);
  return (
    <div className={classes.join(' ')}>
      <label htmlFor={id}>{props.label}</label>
      {props.children(id)}
      {props.error ? (
        <span className="field-error" role="alert" data-testid="field-error" data-field={props.testId}>
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

/**
 * One contested point: its weight and, unless it is folded, a value per wording. A point of weight 0 is folded
 * to one line so that a long domain stays short; a value to correct unfolds it.
 */
export function PointFields(props: {
  issue: DomainIssue;
  index: number;
  row: PointRow | undefined;
  folded: boolean;
  errors: FieldErrors;
  onChange: (change: (p: PointRow) => PointRow) => void;
}) {
  const { issue, index: i, row, errors } = props;
  const kept = row?.values.filter((v) => v.trim() !== '').length ?? 0;
  return (
    <fieldset
      className={props.folded ? 'valuation-point folded' : 'valuation-point'}
      data-testid="valuation-point"
      data-lineage={issue.lineageId}
      data-folded={props.folded}
    >
      <legend>
        <UserText text={issue.name} />
        {issue.title ? (
          <span className="muted">
            {' '}
            — <UserText text={issue.title} />
          </span>
        ) : null}
        {issue.inTarget ? null : <span className="tag">not in this version</span>}
      </legend>
      <Field label="Weight" error={errors[`weight:${i}`]} testId="valuation-weight">
        {(id) => (
          <input
            id={id}
            inputMode="decimal"
            value={row?.weight ?? ''}
            onChange={(e) => props.onChange((p) => ({ ...p, weight: e.target.value }))}
            data-testid="valuation-weight"
          />
        )}
      </Field>
      {props.folded ? (
        <p className="muted folded-note" data-testid="valuation-folded">
          weight 0 — not counted; set a weight to value its wordings
          {kept === 1
            ? ' (the value entered is kept)'
            : kept > 1
              ? ` (the ${kept} values entered are kept)`
              : ''}
        </p>
      ) : (
        <ul className="valuation-options">
          {issue.options.map((option, j) => (
            <OptionRow
              key={option.label}
              option={option}
              isDraft={j === issue.draftOption}
              value={row?.values[j] ?? ''}
              error={errors[`value:${i}:${j}`]}
              onChange={(value) =>
                props.onChange((p) => ({ ...p, values: p.values.map((v, k) => (k === j ? value : v)) }))
              }
            />
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** One wording of a point: its value field, its label and the quoted text (or the point's absence). */
function OptionRow(props: {
  option: DomainOption;
  isDraft: boolean;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { option } = props;
  const id = useId();
  return (
    <li className={props.isDraft ? 'valuation-option draft-option' : 'valuation-option'}>
      <input
        id={id}
        inputMode="decimal"
        placeholder="0–1"
        className={props.error ? 'has-error' : undefined}
        value={props.value}
        disabled={option.versionIds.length === 0}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid="valuation-value"
      />
      <div>
        <label htmlFor={id}>
          <strong dir="auto">{revealInvisible(option.label)}</strong>
          {props.isDraft ? <span className="tag">this draft</span> : null}
        </label>
        <p className="option-text">
          {option.text === null ? (
            <em>{option.kind === 'deleted' ? 'The point deleted' : 'The point left out'}</em>
          ) : (
            <q dir="auto">{revealInvisible(option.text)}</q>
          )}{' '}
          <span className="muted">({revealInvisible(option.versionLabels.join(', ')) || 'no version'})</span>
        </p>
        {props.error ? (
          <span className="field-error" role="alert" data-testid="field-error" data-field="valuation-value">
            {props.error}
          </span>
        ) : null}
      </div>
    </li>
  );
}
