/**
 * Render counters for tests and the bench: off unless `globalThis.__salesbotCountRenders` is set, so production
 * pays one property read per render. Answers "did editing one step re-render the canvas?".
 */
export const renderCounts = new Map<string, number>();

/** Counts one render of `name` when counting is on. */
export function countRender(name: string) {
  if (!(globalThis as { __salesbotCountRenders?: boolean }).__salesbotCountRenders) return;
  renderCounts.set(name, (renderCounts.get(name) ?? 0) + 1);
}
