import { create } from 'zustand';
import { createApiClient } from '../api/createApiClient.ts';
import { fetchWithEarlyRequest } from '../api/earlyFetch.ts';
import { readToken, writeToken } from './tokenStorage.ts';

interface SessionState {
  token: string | null;
  /** Why the user was signed out (a token that stopped working), shown on the sign-in screen. */
  notice: string | null;
  signIn(token: string): void;
  signOut(notice?: string): void;
}

/** Who is signed in: the admin token, read once from localStorage. */
export const useSession = create<SessionState>()((set) => ({
  token: readToken(),
  notice: null,
  signIn(token) {
    writeToken(token);
    set({ token, notice: null });
  },
  signOut(notice) {
    writeToken(null);
    set({ token: null, notice: notice ?? null });
  },
}));

/** The app's API client: the current token on every call; a 401 signs out with a message. */
export const api = createApiClient({
  getToken: () => useSession.getState().token,
  fetch: fetchWithEarlyRequest,
  onUnauthorized: () => {
    if (useSession.getState().token) {
      useSession.getState().signOut('Your admin token is no longer accepted. Enter the current one to continue.');
    }
  },
});
