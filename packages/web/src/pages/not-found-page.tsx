import { useDocumentTitle } from '../components/use-document-title.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/routes.ts';

export function NotFoundPage({ path }: { path: string }) {
  useDocumentTitle('Page not found');
  return (
    <div className="problem" role="alert" data-testid="problem">
      <p className="problem-title">There is no page at {path}</p>
      <p>
        Go to the <Link href={paths.processes()}>list of processes</Link> or{' '}
        <Link href={paths.verify()}>verify</Link> a log entry.
      </p>
    </div>
  );
}
