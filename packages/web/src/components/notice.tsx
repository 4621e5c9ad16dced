// A one-line message on the sign-in and account pages: information (a polite status) or an error (an alert that
// screen readers announce at once).
export type Notice = { kind: 'info' | 'error'; text: string };

export function NoticeLine({ notice, testId }: { notice: Notice | null; testId: string }) {
  if (notice === null) return null;
  return (
    <p
      className={notice.kind === 'error' ? 'auth-error' : 'auth-info'}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid={testId}
      data-kind={notice.kind}
    >
      {notice.text}
    </p>
  );
}
