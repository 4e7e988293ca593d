import type { TemplateKind } from '@salesbot/policy';
import { type ReactNode, useState } from 'react';
import type { WorkspaceTemplate } from '../api/apiTypes.ts';
import { TemplatePicker } from '../templates/TemplatePicker.tsx';

/**
 * The template picker dialog of a step panel: `open()` shows it, `dialog` is what to render where it goes (nothing
 * while closed). Picking closes it before `onPick` runs.
 */
export function useTemplatePicker(
  kind: TemplateKind,
  onPick: (template: WorkspaceTemplate) => void,
): { open: () => void; dialog: ReactNode } {
  const [picking, setPicking] = useState(false);
  const dialog = picking ? (
    <TemplatePicker
      kind={kind}
      onClose={() => setPicking(false)}
      onPick={(template) => {
        setPicking(false);
        onPick(template);
      }}
    />
  ) : null;
  return { open: () => setPicking(true), dialog };
}
