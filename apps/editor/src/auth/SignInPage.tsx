import { type FormEvent, useState } from 'react';
import { ApiError, errorMessage } from '../api/ApiError.ts';
import { createApiClient } from '../api/createApiClient.ts';
import { Icon } from '../ui/Icon.tsx';
import { useSession } from './session.ts';
import './signIn.css';

/** Asks for the admin token once; checks it against `GET /api/flows` before keeping it. */
export function SignInPage() {
  const notice = useSession((state) => state.notice);
  const signIn = useSession((state) => state.signIn);
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = token.trim();
    if (!value) {
      setError('Enter the admin token.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await createApiClient({ getToken: () => value }).listFlows();
      signIn(value);
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.status === 401
          ? 'That token was not accepted. Use the admin token the server printed when it started (or its ADMIN_TOKEN).'
          : errorMessage(caught),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="signin">
      <form className="signin__card" onSubmit={submit}>
        <div className="signin__logo">
          <Icon name="message" size={26} strokeWidth={2} />
        </div>
        <h1 className="signin__title">Sign in to Salesbot</h1>
        <p className="signin__lead">Build WhatsApp bots that sell. Enter your workspace's admin token to start.</p>
        {notice && !error ? (
          <div className="signin__notice" role="status">
            <Icon name="info" size={16} />
            {notice}
          </div>
        ) : null}
        <label className="signin__label" htmlFor="token">
          Admin token
        </label>
        <div className="signin__field">
          <Icon name="key" size={16} className="signin__field-icon" />
          <input
            id="token"
            className="input"
            type="password"
            autoComplete="current-password"
            placeholder="Paste your token"
            value={token}
            onChange={(event) => setToken(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'token-error' : undefined}
            // biome-ignore lint/a11y/noAutofocus: the only field of the screen
            autoFocus
          />
        </div>
        {error ? (
          <p id="token-error" className="signin__error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="btn btn--primary signin__submit" disabled={busy}>
          {busy ? <span className="spinner" /> : null}
          Continue
        </button>
        <p className="signin__foot">The token is kept in this browser only. Sign out from the menu to forget it.</p>
      </form>
    </main>
  );
}
