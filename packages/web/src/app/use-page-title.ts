import { useEffect } from 'react';

/** Each page names itself in the tab title, so history and screen readers can tell them apart. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Kindred` : 'Kindred';
  }, [title]);
}
