import { Icon } from '../ui/Icon.tsx';

/** What an empty canvas says to do first. */
export function EmptyCanvasHint() {
  return (
    <div className="canvas-hint" aria-live="polite">
      <div className="canvas-hint__icon">
        <Icon name="sparkle" size={22} />
      </div>
      <div className="canvas-hint__title">Start your bot</div>
      <p>
        Drag a step from the left onto the canvas, or double-click anywhere (or press <kbd>/</kbd>) to search for one.
        Then connect the trigger’s handle to your first message.
      </p>
    </div>
  );
}
