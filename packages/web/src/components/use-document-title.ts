import { revealInvisible } from '@concord/core/text';
import { useEffect } from 'react';

/** Names the browser tab (and bookmarks, history) after what the page shows, hidden characters shown. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${revealInvisible(title, { singleLine: true })} · Concord` : 'Concord';
  }, [title]);
}
