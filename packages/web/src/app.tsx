import { useEffect, useRef } from 'react';
import { ErrorBoundary } from './components/error-boundary.tsx';
import { Layout, type Section } from './components/layout.tsx';
import { AccountPage } from './pages/account-page.tsx';
import { CheckCopyPage } from './pages/check-copy-page.tsx';
import { ComparePage } from './pages/compare-page.tsx';
import { CouncilPage } from './pages/council-page.tsx';
import { FundPage } from './pages/fund-page.tsx';
import { GuaranteesPage } from './pages/guarantees-page.tsx';
import { ImplementationPage } from './pages/implementation-page.tsx';
import { ImportPage } from './pages/import-page.tsx';
import { InvitePage } from './pages/invite-page.tsx';
import { LogPage } from './pages/log-page.tsx';
import { MonitoringPage } from './pages/monitoring-page.tsx';
import { NewProcessPage } from './pages/new-process-page.tsx';
import { NewVersionPage } from './pages/new-version-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { PlanPage } from './pages/plan-page.tsx';
import { PrecedentsPage } from './pages/precedents-page.tsx';
import { ProcessPage } from './pages/process-page.tsx';
import { ProcessesPage } from './pages/processes-page.tsx';
import { SignInLinkPage } from './pages/sign-in-link-page.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';
import { TransparencyPage } from './pages/transparency-page.tsx';
import { VerifyPage } from './pages/verify-page.tsx';
import { VerifyVersionPage } from './pages/verify-version-page.tsx';
import { VersionEditorPage } from './pages/version-editor-page.tsx';
import { VersionPage } from './pages/version-page.tsx';
import { useLocation } from './router/location.ts';
import { matchRoute, type Route } from './router/routes.ts';
import './pages/sign-in.css';

export function App() {
  const { pathname, search } = useLocation();
  const route = matchRoute(pathname, search);
  useFocusOnNavigation(pathname + search);
  return (
    <Layout section={sectionOf(route)}>
      <ErrorBoundary key={pathname + search}>
        <Page route={route} />
      </ErrorBoundary>
    </Layout>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'processes':
      return <ProcessesPage />;
    case 'process':
      return <ProcessPage key={route.id} id={route.id} />;
    case 'council':
      return <CouncilPage key={route.processId} processId={route.processId} />;
    case 'implementation':
      return <ImplementationPage key={route.processId} processId={route.processId} />;
    case 'monitoring':
      return <MonitoringPage key={route.processId} processId={route.processId} />;
    case 'fund':
      return <FundPage key={route.processId} processId={route.processId} />;
    case 'guarantees':
      return <GuaranteesPage key={route.processId} processId={route.processId} />;
    case 'transparency':
      return <TransparencyPage key={route.processId} processId={route.processId} />;
    case 'plan':
      return <PlanPage key={route.id} id={route.id} />;
    case 'version':
      return <VersionPage key={route.id} id={route.id} />;
    case 'verify':
      return <VerifyPage index={route.index} />;
    case 'check-copy':
      return <CheckCopyPage />;
    case 'verify-version':
      return <VerifyVersionPage key={route.id} id={route.id} />;
    case 'log':
      return <LogPage end={route.end} />;
    case 'sign-in':
      return <SignInPage next={route.next} />;
    case 'sign-in-link':
      return <SignInLinkPage />;
    case 'invite':
      return <InvitePage />;
    case 'account':
      return <AccountPage />;
    case 'new-process':
      return <NewProcessPage />;
    case 'new-version':
      return <NewVersionPage key={`${route.planId}|${route.from}`} planId={route.planId} from={route.from} />;
    case 'version-editor':
      return <VersionEditorPage key={route.id} id={route.id} />;
    case 'compare':
      return (
        <ComparePage
          key={`${route.planId}|${route.from}|${route.to}`}
          planId={route.planId}
          from={route.from}
          to={route.to}
        />
      );
    case 'import':
      return <ImportPage key={route.planId} planId={route.planId} />;
    case 'precedents':
      return (
        <PrecedentsPage
          key={route.planId}
          planId={route.planId}
          other={route.other}
          version={route.version}
          otherVersion={route.otherVersion}
        />
      );
    case 'not-found':
      return <NotFoundPage path={route.path} />;
  }
}

/** After an in-app navigation, moves focus to the new page so keyboard and screen-reader users start there. */
function useFocusOnNavigation(href: string): void {
  const shown = useRef(href);
  useEffect(() => {
    if (shown.current === href) return;
    shown.current = href;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [href]);
}

function sectionOf(route: Route): Section {
  if (route.name === 'verify' || route.name === 'log' || route.name === 'account') return route.name;
  if (route.name === 'verify-version') return 'verify';
  if (route.name === 'check-copy') return 'check';
  if (route.name === 'sign-in' || route.name === 'sign-in-link' || route.name === 'invite') return 'none';
  return route.name === 'not-found' ? 'none' : 'processes';
}
