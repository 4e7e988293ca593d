/**
 * Focuses the input for a data path inside `root`: the input whose `data-path` is the path, else the first input
 * inside it (`buttons.1` → `buttons.1.title`), else the same for the parent path. Opens collapsed sections on the
 * way and scrolls it into view. Returns whether one was found.
 */
export function focusPath(root: HTMLElement | null, path: string | undefined): boolean {
  if (!root) return false;
  let target: HTMLElement | null = null;
  const parts = (path ?? '').split('.').filter(Boolean);
  while (!target && parts.length > 0) {
    const prefix = CSS.escape(parts.join('.'));
    target =
      root.querySelector<HTMLElement>(`[data-path="${prefix}"]`) ??
      root.querySelector<HTMLElement>(`[data-path^="${prefix}."]`);
    parts.pop();
  }
  target ??= root.querySelector<HTMLElement>('[data-path]');
  if (!target) return false;
  for (let parent = target.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (parent instanceof HTMLDetailsElement) parent.open = true;
  }
  if (target.tabIndex < 0 && !/^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName)) target.tabIndex = -1;
  target.focus({ preventScroll: true });
  target.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  target.classList.add('flash');
  setTimeout(() => target.classList.remove('flash'), 1400);
  return true;
}
