import type { ReactNode } from 'react';

/** One card of the account page, named by its heading. */
export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="auth-card" aria-labelledby={`${id}-heading`} data-testid={`account-${id}`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <p className="muted">{intro}</p>
      {children}
    </section>
  );
}
