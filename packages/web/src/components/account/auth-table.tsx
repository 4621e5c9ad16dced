import type { ReactNode } from 'react';

/** The account's passkeys, sessions or tokens: the given headings, then a column for each row's button. */
export function AuthTable({
  columns,
  testId,
  children,
}: {
  columns: string[];
  testId?: string;
  children: ReactNode;
}) {
  return (
    <table className="auth-table" data-testid={testId}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
