import { useEffect, useRef, type RefObject } from 'react';

/** How long a new screen may take to draw its heading (it often waits for data) before focus settles on main. */
const HEADING_WAIT_MS = 5_000;

/**
 * What a page load does for free and a client-side navigation must do itself: set the tab's
 * title, move focus to the new screen's heading (or to main until it has one), so a keyboard or
 * screen-reader user starts at the new content, and announce the screen through `announce`.
 * The first load keeps the browser's own behaviour (focus at the top of the document).
 */
export function usePageChange(location: string, title: string, main: RefObject<HTMLElement | null>, announce: (text: string) => void): void {
  const first = useRef(true);
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const container = main.current;
    if (!container) return;
    announce(title);
    const focusHeading = (): boolean => {
      const heading = container.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    container.focus({ preventScroll: true });
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(container, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), HEADING_WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    // Only a change of location is a page change; the title follows it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location]);
}
