import { useEffect } from 'react';

/** Names the browser tab (and bookmarks, history) after what the page shows. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · Concord` : 'Concord';
  }, [title]);
}
