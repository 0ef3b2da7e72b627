/**
 * Focus follows the agent: once a search result (or any in-app link) has opened its destination, focus moves
 * to the target heading or code-table row, so the next Tab reaches the target's « Lien » control instead of
 * wandering through the page from the top. A place with no hash (a wizard step) marks its heading with
 * `data-landing-focus`.
 */
const LANDING_SELECTOR = '[data-landing-focus]';

/** The element the URL's hash names (its row for an id inside a code-table row), or the place's heading. */
function landingElement(): HTMLElement | null {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (!id) return document.querySelector<HTMLElement>(LANDING_SELECTOR);
  const element = document.getElementById(id);
  return element?.closest<HTMLElement>('tbody.code-group') ?? element;
}

/** Focuses the destination without moving the scroll (the browser has put the target under the header). */
export function focusLanding(): boolean {
  const element = landingElement();
  if (!element) return false;
  if (!element.matches('a[href], button, input, select, textarea, [tabindex]')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
  return document.activeElement === element;
}

/** After a client-side navigation to `href`: waits (a few seconds at most) for the page to show it, then focuses. */
export function focusWhenArrived(href: string, timeoutMs = 5000) {
  const url = new URL(href, window.location.href);
  const start = performance.now();
  const tick = () => {
    const { pathname, search, hash } = window.location;
    if (pathname === url.pathname && search === url.search && hash === url.hash && focusLanding()) {
      // A push to another hash of the same page fires no hashchange: the target marker is told here.
      if (hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
      return;
    }
    if (performance.now() - start < timeoutMs) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
