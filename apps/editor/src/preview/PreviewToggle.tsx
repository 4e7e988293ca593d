import { useStore } from 'zustand';
import { useEditorApi } from '../store/EditorStoreContext.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Tooltip } from '../ui/Tooltip.tsx';
import { previewUiFor } from './previewUi.ts';

/** The top bar's button that opens and closes the preview pane. */
export function PreviewToggle() {
  const editor = useEditorApi();
  const ui = previewUiFor(editor);
  const open = useStore(ui, (state) => state.open);
  return (
    <Tooltip label={open ? 'Close the preview' : 'Try the bot in a simulated WhatsApp chat'} placement="below">
      <button
        type="button"
        className={`btn btn--sm pv-toggle${open ? ' is-active' : ''}`}
        aria-pressed={open}
        data-testid="preview-toggle"
        onClick={() => {
          ui.getState().setUi({ open: !open, ...(open ? { fullscreen: false } : {}) });
          // The canvas needs the room more than the side panel while testing; it opens again with a click.
          if (!open) editor.getState().setView({ inspectorOpen: false });
        }}
      >
        <Icon name="play" size={15} />
        Preview
      </button>
    </Tooltip>
  );
}
