import { type FormEvent, useState } from 'react';
import type { Problem } from '../../api/problem.ts';
import { categoryChoices, categoryName } from '../../lib/category-names.ts';
import { type FormErrors, type PointForm, textError, validatePoint } from '../../lib/point-form.ts';
import { ProblemView } from '../status.tsx';
import { Field } from './field.tsx';

const CHOICES = categoryChoices();

/**
 * A point's fields: number, text in each language, categories from the taxonomy, quantities and conditions.
 * Checked as it is typed against core's schema (the one the server applies), with each message beside its field;
 * the server's own answer (a number already taken, say) is shown too.
 */
export function PointEditor({
  initial,
  mode,
  submitLabel,
  busy,
  problem,
  onSubmit,
  onCancel,
}: {
  initial: PointForm;
  mode: 'create' | 'update';
  submitLabel: string;
  busy: boolean;
  problem: Problem | null;
  onSubmit: (form: PointForm) => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState<PointForm>(initial);
  const [newLang, setNewLang] = useState('');
  // A message shows once its part of the form was changed, or once saving was tried: a blank new form is not
  // greeted with errors.
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [tried, setTried] = useState(false);
  const checked = validatePoint(form, mode);
  const shown = Object.fromEntries(
    Object.entries(checked).filter(([path]) => tried || touched.has(topOf(path))),
  );
  const errors: FormErrors = { ...shown, ...serverErrors(problem) };
  const set = (patch: Partial<PointForm>) => {
    setTouched((t) => new Set([...t, ...Object.keys(patch)]));
    setForm((f) => ({ ...f, ...patch }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(checked).length === 0) onSubmit(form);
  };
  const unknownCategories = form.categories.filter((c) => !CHOICES.some((x) => x.key === c));

  return (
    <form className="authoring-form" onSubmit={submit} noValidate data-testid="point-editor">
      <Field
        label="Number"
        error={errors.number}
        hint={mode === 'create' ? 'Leave blank to number it after the points before it.' : undefined}
      >
        <input
          value={form.number}
          onChange={(e) => set({ number: e.target.value })}
          data-testid="point-number"
        />
      </Field>
      {form.texts.map((t, i) => (
        <Field
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; their order is fixed
          key={i}
          label={`Text (${t.lang || 'language?'})`}
          error={
            textError(errors, t.lang) ?? errors[`texts.${i}.lang`] ?? (i === 0 ? errors.text : undefined)
          }
          wide
        >
          <textarea
            dir="auto"
            value={t.text}
            onChange={(e) =>
              set({ texts: form.texts.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)) })
            }
            data-testid={`point-text-${t.lang}`}
          />
          {form.texts.length > 1 ? (
            <button
              type="button"
              className="link-button"
              onClick={() => set({ texts: form.texts.filter((_, j) => j !== i) })}
            >
              Remove the {t.lang} text
            </button>
          ) : null}
        </Field>
      ))}
      <div className="authoring-row">
        <Field label="Add the text in another language" hint="A language tag: uk, ru, ar, he, fr…">
          <input value={newLang} onChange={(e) => setNewLang(e.target.value)} size={8} />
        </Field>
        <button
          type="button"
          onClick={() => {
            if (newLang.trim() === '') return;
            set({ texts: [...form.texts, { lang: newLang.trim(), text: '' }] });
            setNewLang('');
          }}
        >
          Add language
        </button>
      </div>
      <fieldset>
        <legend>Categories</legend>
        {errors.categories ? <span className="authoring-error">{errors.categories}</span> : null}
        <div className="category-choices">
          {unknownCategories.map((c) => (
            <label key={c}>
              <input
                type="checkbox"
                checked
                onChange={() => set({ categories: form.categories.filter((x) => x !== c) })}
              />{' '}
              {categoryName(c)}
            </label>
          ))}
          {CHOICES.map((c) => (
            <label key={c.key}>
              <input
                type="checkbox"
                checked={form.categories.includes(c.key)}
                onChange={(e) =>
                  set({
                    categories: e.target.checked
                      ? [...form.categories, c.key]
                      : form.categories.filter((x) => x !== c.key),
                  })
                }
              />{' '}
              {c.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Quantities (what the text counts: troops, money, days, percentages)</legend>
        {form.quantities.map((q, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
          <div className="authoring-row" key={i}>
            <Field label="Value" error={errors[`quantities.${i}.value`]}>
              <input
                value={q.value}
                inputMode="decimal"
                onChange={(e) => set({ quantities: edit(form.quantities, i, { value: e.target.value }) })}
                data-testid="quantity-value"
              />
            </Field>
            <Field label="Unit" error={errors[`quantities.${i}.unit`]} hint="troops, USD, days, percent…">
              <input
                value={q.unit}
                onChange={(e) => set({ quantities: edit(form.quantities, i, { unit: e.target.value }) })}
                data-testid="quantity-unit"
              />
            </Field>
            <Field label="As the text says it" error={errors[`quantities.${i}.text`]}>
              <input
                value={q.text}
                onChange={(e) => set({ quantities: edit(form.quantities, i, { text: e.target.value }) })}
              />
            </Field>
            <button
              type="button"
              onClick={() => set({ quantities: form.quantities.filter((_, j) => j !== i) })}
            >
              Remove
            </button>
          </div>
        ))}
        <p>
          <button
            type="button"
            onClick={() => set({ quantities: [...form.quantities, { value: '', unit: '', text: '' }] })}
            data-testid="add-quantity"
          >
            Add a quantity
          </button>
        </p>
      </fieldset>
      <fieldset>
        <legend>Conditions (if this happens, then that follows)</legend>
        {form.conditions.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
          <div className="authoring-row" key={i}>
            <Field label="If" error={errors[`conditions.${i}.if`]}>
              <input
                value={c.if}
                onChange={(e) => set({ conditions: edit(form.conditions, i, { if: e.target.value }) })}
              />
            </Field>
            <Field label="Then" error={errors[`conditions.${i}.then`]}>
              <input
                value={c.then}
                onChange={(e) => set({ conditions: edit(form.conditions, i, { then: e.target.value }) })}
              />
            </Field>
            <button
              type="button"
              onClick={() => set({ conditions: form.conditions.filter((_, j) => j !== i) })}
            >
              Remove
            </button>
          </div>
        ))}
        <p>
          <button
            type="button"
            onClick={() => set({ conditions: [...form.conditions, { if: '', then: '' }] })}
          >
            Add a condition
          </button>
        </p>
      </fieldset>
      {problem ? <ProblemView problem={problem} /> : null}
      <div className="authoring-actions">
        <button type="submit" className="button" disabled={busy} data-testid="save-point">
          {submitLabel}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The part of the form a message is about: `text.en` and `texts.1.lang` are the texts, `quantities.0.unit` the quantities. */
function topOf(path: string): string {
  const top = path.split('.')[0] ?? '';
  return top === 'text' ? 'texts' : top;
}

function edit<T>(rows: T[], i: number, patch: Partial<T>): T[] {
  return rows.map((r, j) => (j === i ? { ...r, ...patch } : r));
}

/** The server's field errors (e.g. "number 6 is already taken"), keyed like the form's. */
function serverErrors(problem: Problem | null): FormErrors {
  const out: FormErrors = {};
  for (const e of problem?.errors ?? []) if (e.path !== '') out[e.path] ??= e.message;
  return out;
}
