// `npm run bench` (apps/editor): opens a generated 1,000-step flow in headless Chromium against the real server and
// measures (1) time until the editor is interactive and (2) keystroke in the side panel → diagnostics updated and
// drawn, beside the same measurements on a 10-step flow in the same run.
import { validateGraph } from '@salesbot/graph';
import type { Page } from 'playwright-core';
import { startEditorHarness } from '../e2e/editorHarness.ts';
import { generateFlow } from './generateFlow.ts';

interface Result {
  steps: number;
  interactiveMs: number;
  firstDiagnosticsMs: number;
  keystrokeToLocalMs: number[];
  keystrokeToDiagnosticsMs: number[];
  keystrokeToPaintMs: number[];
  burstEndToDiagnosticsMs: number;
  validateMs: number;
}

const harness = await startEditorHarness();
try {
  const results: Result[] = [];
  for (const steps of [10, 1000]) {
    const flow = generateFlow(`bench-${steps}`, steps);
    const created = await harness.api('POST', '/flows', { graph: flow });
    if (created.status !== 201) throw new Error(`could not create the bench flow: ${JSON.stringify(created.body)}`);
    // One warm-up open (Chromium compiles the bundle), then the measured one.
    await measure(flow.id, steps);
    results.push(await measure(flow.id, steps));
  }
  print(results);
} finally {
  await harness.close();
}

async function measure(flowId: string, steps: number): Promise<Result> {
  const { context, page } = await harness.signedInPage({ width: 1440, height: 900 });
  // tsx keeps function names with a `__name` helper that does not exist in the page's functions.
  await context.addInitScript('window.__name = (f) => f;');
  try {
    await page.goto(`${harness.url}/flows/${flowId}`);
    // Interactive: cards drawn, the first diagnostics in, and the main thread answering a frame promptly.
    const times = await page.evaluate(async () => {
      const win = window as unknown as { salesbotEditor?: { store: EditorStoreLike } };
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      while (!win.salesbotEditor || document.querySelectorAll('.react-flow__node').length === 0) await frame();
      const drawn = await frame();
      const store = win.salesbotEditor.store;
      while (store.getState().validatedRevision < 0) await frame();
      const diagnostics = await frame();
      return { drawn, diagnostics };
    });
    const validateMs = timeValidation(generateFlow(flowId, steps));

    // Open a text step's panel and type into its message.
    await page.locator('.react-flow__node-text .node-card__header').first().click();
    const body = page.locator('[data-testid=step-panel] textarea[data-path="body"]');
    await body.waitFor();
    await body.click();
    await page.keyboard.press('End');
    const single: number[] = [];
    const local: number[] = [];
    const paint: number[] = [];
    for (let i = 0; i < 15; i++) {
      await armKeystrokeProbe(page);
      await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
      const probe = await readKeystrokeProbe(page);
      single.push(probe.full);
      local.push(probe.local);
      paint.push(probe.paint);
      await page.waitForTimeout(250);
    }
    await armKeystrokeProbe(page, true);
    await page.keyboard.type(' quick burst', { delay: 30 });
    const burst = await readKeystrokeProbe(page);
    return {
      steps,
      interactiveMs: times.drawn,
      firstDiagnosticsMs: times.diagnostics,
      keystrokeToLocalMs: local,
      keystrokeToDiagnosticsMs: single,
      keystrokeToPaintMs: paint,
      burstEndToDiagnosticsMs: burst.full,
      validateMs,
    };
  } finally {
    await context.close();
  }
}

/** validateGraph's own time on the same flow, in Node (the worker runs the same code in Chromium's V8). */
function timeValidation(graph: unknown): number {
  validateGraph(graph);
  const start = performance.now();
  for (let i = 0; i < 10; i++) validateGraph(graph);
  return (performance.now() - start) / 10;
}

interface EditorStoreLike {
  getState(): { validatedRevision: number; localRevision: number; contentRevision: number; graph: unknown };
  subscribe(
    listener: (state: { validatedRevision: number; localRevision: number; contentRevision: number }) => void,
  ): () => void;
}

/**
 * Installs a probe in the page: on the (last) keydown it notes the time and the revision that keystroke will make;
 * it records when the edited step's own diagnostics (local pass) and the whole flow's (worker) are in the store for
 * that revision and drawn (the next frame after), and when the keystroke's own frame is painted.
 */
async function armKeystrokeProbe(page: Page, lastKeyOnly = false) {
  await page.evaluate((lastOnly) => {
    const win = window as unknown as { salesbotEditor: { store: EditorStoreLike }; benchProbe?: Probe };
    const store = win.salesbotEditor.store;
    let resolveDone: () => void = () => {};
    const probe: Probe = {
      keyAt: 0,
      paint: Number.NaN,
      local: Number.NaN,
      full: Number.NaN,
      done: new Promise<void>((r) => {
        resolveDone = r;
      }),
    };
    win.benchProbe = probe;
    let target = Number.POSITIVE_INFINITY;
    const onKey = () => {
      probe.keyAt = performance.now();
      // The keystroke's edit lands in the store synchronously in its input event; its revision is the next one.
      target = store.getState().contentRevision + 1;
      probe.local = Number.NaN;
      probe.full = Number.NaN;
      requestAnimationFrame(() => {
        probe.paint = performance.now() - probe.keyAt;
      });
      if (!lastOnly) document.removeEventListener('keydown', onKey, true);
    };
    document.addEventListener('keydown', onKey, true);
    const check = (state: { localRevision: number; validatedRevision: number; contentRevision: number }) => {
      if (Number.isNaN(probe.local) && state.localRevision >= target) {
        probe.local = -1;
        requestAnimationFrame(() => {
          probe.local = performance.now() - probe.keyAt;
        });
      }
      if (
        Number.isNaN(probe.full) &&
        state.validatedRevision >= target &&
        state.validatedRevision === state.contentRevision
      ) {
        probe.full = -1;
        requestAnimationFrame(() => {
          probe.full = performance.now() - probe.keyAt;
          unsubscribe();
          document.removeEventListener('keydown', onKey, true);
          setTimeout(resolveDone, 50);
        });
      }
    };
    const unsubscribe = store.subscribe(check);
  }, lastKeyOnly);
}

interface Probe {
  keyAt: number;
  paint: number;
  local: number;
  full: number;
  done: Promise<void>;
}

async function readKeystrokeProbe(page: Page): Promise<{ local: number; full: number; paint: number }> {
  return page.evaluate(async () => {
    const probe = (window as unknown as { benchProbe: Probe }).benchProbe;
    await Promise.race([probe.done, new Promise((r) => setTimeout(r, 10_000))]);
    return { local: probe.local, full: probe.full, paint: probe.paint };
  });
}

function print(results: Result[]) {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  const p95 = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
  };
  const fmt = (ms: number) => (Number.isFinite(ms) ? `${ms.toFixed(0)} ms` : 'n/a');
  const rows: [string, (r: Result) => string, string][] = [
    ['time to interactive (cards drawn)', (r) => fmt(r.interactiveMs), '< 2000 ms'],
    ['… and first diagnostics shown', (r) => fmt(r.firstDiagnosticsMs), ''],
    ["keystroke → the step's diagnostics drawn (median)", (r) => fmt(median(r.keystrokeToLocalMs)), '< 50 ms'],
    ["keystroke → the step's diagnostics drawn (p95)", (r) => fmt(p95(r.keystrokeToLocalMs)), ''],
    ["keystroke → whole flow's diagnostics drawn (median)", (r) => fmt(median(r.keystrokeToDiagnosticsMs)), ''],
    ["keystroke → whole flow's diagnostics drawn (p95)", (r) => fmt(p95(r.keystrokeToDiagnosticsMs)), ''],
    ['keystroke → next frame (typing latency, median)', (r) => fmt(median(r.keystrokeToPaintMs)), ''],
    [
      "end of a 30 ms/key burst → whole flow's diagnostics",
      (r) => fmt(r.burstEndToDiagnosticsMs),
      '(throttled to 150 ms)',
    ],
    ['validateGraph alone (Node)', (r) => `${r.validateMs.toFixed(1)} ms`, ''],
  ];
  const [small, large] = results;
  if (!small || !large) return;
  console.log(`\neditor bench (headless Chromium, ${new Date().toISOString()})`);
  console.log(`${'metric'.padEnd(54)}${'1,000 steps'.padStart(14)}${'10 steps (baseline)'.padStart(22)}   target`);
  for (const [name, value, target] of rows) {
    console.log(`${name.padEnd(54)}${value(large).padStart(14)}${value(small).padStart(22)}   ${target}`);
  }
}
