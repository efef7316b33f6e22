"use client";

import { useEffect, useRef } from "react";

export const LEAVE_MESSAGE =
  "This referral is not saved. Leave the page anyway? (Your intake typing is autosaved as a draft; the chosen condition and dose are not.)";

/** A click that would make the browser or Next's <Link> open another page of this app in this tab. */
function inAppNavigation(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute("download") || (anchor.target && anchor.target !== "_self"))
    return null;
  const to = new URL(anchor.href, window.location.href);
  if (to.origin !== window.location.origin) return null;
  // A link to a place on this same page (#section) leaves nothing.
  if (to.pathname === window.location.pathname && to.search === window.location.search && to.hash !== "") return null;
  return anchor;
}

/**
 * Leaving a dirty form asks first, however the clinician leaves:
 * - closing the tab, reloading or typing a URL: the browser's own prompt (beforeunload, the only one it
 *   allows on unload);
 * - a click on a link of the app (header, "All referrals"…), which Next's router would follow without
 *   unloading: a capturing listener asks before the link's own handler runs, and stops it on "Cancel";
 * - Back/Forward inside the app (Next moves between pages on popstate, without unloading): a capturing
 *   popstate listener asks before Next's router sees the event; on "Cancel" it stops the router and puts
 *   this page's history entry back (pushState, which fires no popstate), so the address bar, the page
 *   and the router agree again, whichever way the clinician moved.
 * `shouldAsk` is read at the moment of leaving (dirty and not yet saved), so the listeners are set once.
 */
export function useLeaveGuard(shouldAsk: () => boolean) {
  const ask = useRef(shouldAsk);
  useEffect(() => {
    ask.current = shouldAsk;
  });

  useEffect(() => {
    // This page's entry as Next's router wrote it (its insertion effect ran before this effect).
    const here = { state: window.history.state as unknown, url: window.location.href };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (ask.current()) event.preventDefault();
    };
    const onClick = (event: MouseEvent) => {
      if (!ask.current() || !inAppNavigation(event)) return;
      if (window.confirm(LEAVE_MESSAGE)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    const onPopState = (event: PopStateEvent) => {
      if (!ask.current() || window.confirm(LEAVE_MESSAGE)) return;
      event.stopImmediatePropagation();
      window.history.pushState(here.state, "", here.url);
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("click", onClick, true);
    window.addEventListener("popstate", onPopState, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("click", onClick, true);
      window.removeEventListener("popstate", onPopState, true);
    };
  }, []);
}
