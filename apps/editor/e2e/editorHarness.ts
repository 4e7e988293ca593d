import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const EDITOR_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPO_ROOT = resolve(EDITOR_DIR, '../..');
export const ARTIFACTS_DIR = join(REPO_ROOT, '.artifacts', 'editor');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface EditorHarness {
  /** The server's base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  token: string;
  browser: Browser;
  /** A fresh browser context and page, signed in (the token is in localStorage). */
  signedInPage(options?: { width?: number; height?: number }): Promise<{ context: BrowserContext; page: Page }>;
  /** Calls the admin API with the token. */
  api<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  /** Saves a screenshot of `page` to .artifacts/editor/<name>.png. */
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Builds the editor if its sources are newer than `dist/`, starts the real server on a free port with a temporary
 * database in test mode (plus `options.env`), waits for /healthz and launches headless Chromium. `close()` always stops both; if
 * anything fails on the way up, whatever started is stopped before the error is rethrown.
 */
export async function startEditorHarness(options: { env?: Record<string, string> } = {}): Promise<EditorHarness> {
  buildEditorIfStale();
  const dataDir = mkdtempSync(join(tmpdir(), 'salesbot-editor-e2e-'));
  const port = await freePort();
  const token = 'e2e-admin-token';
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let browser: Browser | null = null;
  const output: string[] = [];
  try {
    child = spawn(process.execPath, [join(REPO_ROOT, 'apps/server/bin/start.js')], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        DATABASE_PATH: join(dataDir, 'salesbot.db'),
        PORT: String(port),
        HOST: '127.0.0.1',
        ADMIN_TOKEN: token,
        SALESBOT_TEST_MODE: '1',
        LOG_LEVEL: 'warn',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    await waitForHealth(url, child, output);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    await browser?.close().catch(() => {});
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const openBrowser = browser;
  const server = child;
  return {
    url,
    token,
    browser: openBrowser,
    async signedInPage(options = {}) {
      const context = await openBrowser.newContext({
        viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
        deviceScaleFactor: 1,
        acceptDownloads: true,
      });
      await context.addInitScript((value) => window.localStorage.setItem('salesbot.adminToken', value), token);
      const page = await context.newPage();
      return { context, page };
    },
    async api(method, path, body) {
      const response = await fetch(`${url}/api${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : undefined) as never };
    },
    async screenshot(page, name) {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const file = join(ARTIFACTS_DIR, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      await openBrowser.close().catch(() => {});
      await stopChild(server);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs `vite build` (production) when dist/index.html is missing or older than any editor source. */
export function buildEditorIfStale() {
  const built = join(EDITOR_DIR, 'dist', 'index.html');
  const newestSource = Math.max(
    newestMtime(join(EDITOR_DIR, 'src')),
    statSync(join(EDITOR_DIR, 'index.html')).mtimeMs,
    statSync(join(EDITOR_DIR, 'vite.config.ts')).mtimeMs,
    ...['graph', 'whatsapp', 'policy', 'engine'].map((name) => newestMtime(join(REPO_ROOT, 'packages', name, 'src'))),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource) return;
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  // Always React's production build: under vitest NODE_ENV is `test`, and Vite would otherwise bundle React's
  // development build (about twice as slow to boot and render), which is not what the server serves.
  const run = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: EDITOR_DIR,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (run.status !== 0) throw new Error(`vite build failed:\n${run.stdout}\n${run.stderr}`);
}

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: string[], timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output.join('')}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`the server did not answer /healthz within ${timeoutMs} ms:\n${output.join('')}`);
}

async function stopChild(child: ChildProcess | null) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
