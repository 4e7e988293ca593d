import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';

const NOT_BUILT = `<!doctype html><html><head><meta charset="utf-8"><title>Salesbot</title></head>
<body style="font-family:system-ui;max-width:40rem;margin:4rem auto">
<h1>Salesbot is running</h1>
<p>The editor has not been built, so there is nothing to show here yet. Run <code>npm run build</code>
(or <code>npm start</code>, which builds it first) and reload.</p>
<p>The API answers under <code>/api</code> and WhatsApp webhooks under <code>/webhooks/whatsapp</code>.</p>
</body></html>`;

/**
 * Serves the editor's built files at `/`, with the SPA fallback (any other GET outside `/api` and `/webhooks`
 * gets `index.html`). While the editor is not built, a plain page says so instead of failing; a build made while
 * the server runs is picked up.
 */
export function mountEditor(app: Hono, distDir: string): void {
  const indexPath = join(distDir, 'index.html');
  let files: MiddlewareHandler | null = null;
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api') || path.startsWith('/webhooks') || path === '/healthz') return next();
    if (!existsSync(indexPath)) return c.html(NOT_BUILT);
    files ??= serveStatic({ root: distDir });
    let missing = false;
    const served = await files(c, async () => {
      missing = true;
    });
    if (served instanceof Response) return served;
    if (!missing && c.finalized) return c.res;
    // A client-side route (/flows/lead-qualification): the app's shell, never cached so a new build shows at once.
    c.header('cache-control', 'no-cache');
    return c.html(readFileSync(indexPath, 'utf8'));
  });
}
