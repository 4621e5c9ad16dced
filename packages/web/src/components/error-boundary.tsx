import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ProblemView } from './status.tsx';

type State = { error: Error | null };

/**
 * Catches a page that fails to render (for example an API answer of an unexpected shape) and says so,
 * instead of leaving a blank window. The app keys it by location, so navigating away starts afresh.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('page failed to render', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <ProblemView
          problem={{
            type: 'about:blank',
            title: 'This page could not be shown',
            status: 0,
            detail: `The data received could not be displayed (${this.state.error.message}).`,
          }}
        />
      );
    }
    return this.props.children;
  }
}
