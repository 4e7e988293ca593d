import { useSyncExternalStore } from 'react';
import { subscribeToPath } from './navigate.ts';

export interface AppLocation {
  pathname: string;
  search: URLSearchParams;
}

let cachedKey = '';
let cached: AppLocation = { pathname: '/', search: new URLSearchParams() };

function snapshot(): AppLocation {
  const key = window.location.pathname + window.location.search;
  if (key !== cachedKey) {
    cachedKey = key;
    cached = { pathname: window.location.pathname, search: new URLSearchParams(window.location.search) };
  }
  return cached;
}

/** The current location; re-renders on navigation. */
export function useLocation(): AppLocation {
  return useSyncExternalStore(subscribeToPath, snapshot, snapshot);
}
