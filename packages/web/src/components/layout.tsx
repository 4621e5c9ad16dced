import { revealInvisible } from '@concord/core/text';
import type { ReactNode } from 'react';
import { Link } from '../router/link.tsx';
import { paths } from '../router/routes.ts';
import { DemoSwitcher, SessionControl } from './sign-in.tsx';

export type Section = 'processes' | 'verify' | 'check' | 'log' | 'account' | 'none';

export function Layout({ section, children }: { section: Section; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link href={paths.processes()} className="brand">
            Concord
          </Link>
          <nav aria-label="Main">
            <ul>
              <li>
                <Link href={paths.processes()} aria-current={section === 'processes' ? 'page' : undefined}>
                  Processes
                </Link>
              </li>
              <li>
                <Link href={paths.verify()} aria-current={section === 'verify' ? 'page' : undefined}>
                  Verify
                </Link>
              </li>
              <li>
                <Link href={paths.checkCopy()} aria-current={section === 'check' ? 'page' : undefined}>
                  Check a copy
                </Link>
              </li>
              <li>
                <Link href={paths.log()} aria-current={section === 'log' ? 'page' : undefined}>
                  Log
                </Link>
              </li>
              <li>
                <a href="/docs">API docs</a>
              </li>
            </ul>
          </nav>
          <SessionControl />
        </div>
        <DemoSwitcher />
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        Every change is an entry in an append-only Merkle log with signed checkpoints. Anyone can{' '}
        <Link href={paths.verify()}>check an entry</Link> in this browser.
      </footer>
    </>
  );
}

/** Where the page sits: Processes › Russia–Ukraine 2025 › … */
export function Breadcrumbs({ trail }: { trail: { label: string; href?: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {trail.map((step) => (
          <li key={step.href ?? step.label}>
            {step.href ? (
              <Link href={step.href} dir="auto">
                {revealInvisible(step.label)}
              </Link>
            ) : (
              <span aria-current="page" dir="auto">
                {revealInvisible(step.label)}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
