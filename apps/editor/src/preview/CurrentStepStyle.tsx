import { usePreview, usePreviewUi } from './previewFor.ts';

/**
 * Marks the step the session waits on among the highlighted path on the canvas (a pulsing ring), without the
 * canvas needing to know about the preview: a style rule for that one card.
 */
export function CurrentStepStyle() {
  const nodeId = usePreview((state) => state.view.nodeId);
  const mode = usePreviewUi((ui) => ui.mode);
  if (!nodeId || mode !== 'simulator') return null;
  const card = `.node-card[data-node-id="${CSS.escape(nodeId)}"]`;
  return (
    <style>{`${card} { animation: pv-current 1.6s ease-in-out infinite; border-color: #25d366; }
@keyframes pv-current { 0%, 100% { box-shadow: 0 0 0 4px rgba(37, 211, 102, 0.35); } 50% { box-shadow: 0 0 0 9px rgba(37, 211, 102, 0.18); } }`}</style>
  );
}
