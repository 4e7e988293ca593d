import { SignInPage } from './auth/SignInPage.tsx';
import { useSession } from './auth/session.ts';
import { AppShell } from './shell/AppShell.tsx';
import { Toaster } from './ui/toasts.tsx';

/** The whole app: the sign-in screen until an admin token is kept, then the shell. */
export function App() {
  const token = useSession((state) => state.token);
  return (
    <>
      {token ? <AppShell /> : <SignInPage />}
      <Toaster />
    </>
  );
}
