import { create } from 'zustand';
import { Icon } from './Icon.tsx';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
}

interface ToastState {
  toasts: Toast[];
  dismiss(id: number): void;
}

let nextId = 1;
const useToasts = create<ToastState>()((set) => ({
  toasts: [],
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}));

/** Shows a short message at the bottom of the screen for a few seconds. */
export function showToast(message: string, tone: Toast['tone'] = 'info') {
  const id = nextId++;
  useToasts.setState((state) => ({ toasts: [...state.toasts.slice(-3), { id, message, tone }] }));
  setTimeout(() => useToasts.getState().dismiss(id), tone === 'error' ? 7000 : 3500);
}

/** Where toasts appear; mounted once by the app. */
export function Toaster() {
  const toasts = useToasts((state) => state.toasts);
  const dismiss = useToasts((state) => state.dismiss);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast${toast.tone === 'error' ? ' toast--error' : ''}`} role="status">
          <Icon name={toast.tone === 'error' ? 'error' : 'checkCircle'} size={16} />
          <span>{toast.message}</span>
          <button type="button" onClick={() => dismiss(toast.id)} aria-label="Dismiss">
            <Icon name="close" size={14} />
          </button>
        </div>
      ))}
    </div>
  );
}
