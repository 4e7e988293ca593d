import { Suspense } from 'react';
import { useSession } from '../auth/session.ts';
import { Link } from '../router/Link.tsx';
import { matchPath } from '../router/matchPath.ts';
import { navigate } from '../router/navigate.ts';
import { useLocation } from '../router/useLocation.ts';
import { Icon } from '../ui/Icon.tsx';
import { Tooltip } from '../ui/Tooltip.tsx';
import { navSections } from './navSections.ts';
import { routes } from './routes.tsx';
import './shell.css';

/** The signed-in app: the left navigation rail and the page for the current path. */
export function AppShell() {
  const { pathname } = useLocation();
  const signOut = useSession((state) => state.signOut);
  const match = findRoute(pathname);
  if (!match) {
    queueMicrotask(() => navigate('/flows', { replace: true }));
    return null;
  }
  const { route, params } = match;
  return (
    <div className="shell">
      <nav className="rail" aria-label="Main">
        <Link to="/flows" className="rail__logo" aria-label="Salesbot home">
          <Icon name="message" size={20} strokeWidth={2.2} />
        </Link>
        <ul className="rail__items">
          {navSections.map((section) => (
            <li key={section.id}>
              <Link
                to={section.path}
                className={`rail__item${route.section === section.id ? ' is-current' : ''}`}
                aria-current={route.section === section.id ? 'page' : undefined}
              >
                <Icon name={section.icon} size={20} />
                <span>{section.label}</span>
              </Link>
            </li>
          ))}
        </ul>
        <Tooltip label="Sign out" placement="right">
          <button type="button" className="rail__item rail__signout" onClick={() => signOut()} aria-label="Sign out">
            <Icon name="logout" size={20} />
          </button>
        </Tooltip>
      </nav>
      <main className={`shell__main${route.fullBleed ? ' shell__main--bleed' : ''}`}>
        {/* Pages other than the editor load on first visit (see routes.tsx). */}
        <Suspense fallback={null}>{route.render(params)}</Suspense>
      </main>
    </div>
  );
}

function findRoute(pathname: string) {
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return null;
}
