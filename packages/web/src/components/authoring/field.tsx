import type { ReactNode } from 'react';

/** A labelled field with the message that concerns it right beside it (from core's schema or the server). */
export function Field({
  label,
  error,
  hint,
  children,
  wide = false,
}: {
  label: string;
  error?: string | undefined;
  hint?: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the field's child, inside the label
    <label className={`authoring-field${wide ? ' is-wide' : ''}${error ? ' has-error' : ''}`}>
      <span className="authoring-label">{label}</span>
      {children}
      {hint ? <span className="field-hint">{hint}</span> : null}
      {error ? (
        <span className="authoring-error" role="alert" data-testid="field-error">
          {error}
        </span>
      ) : null}
    </label>
  );
}

/** The problems of the server's answer that no single field shows. */
export function fieldMessage(
  errors: { path: string; message: string }[] | undefined,
  path: string,
): string | undefined {
  return errors?.find((e) => e.path === path)?.message;
}
