const CHANGE = 'salesbot:navigate';

/** Goes to `path` in the app without reloading (history API). */
export function navigate(path: string, options: { replace?: boolean } = {}) {
  if (path === currentPath()) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(CHANGE));
}

/** The current path with its query string. */
export function currentPath(): string {
  return window.location.pathname + window.location.search;
}

/** Calls `listener` whenever the path changes (links, back/forward). */
export function subscribeToPath(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(CHANGE, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(CHANGE, listener);
  };
}
