/** The page's alerts (addAlert from cards and the workbench), shown as toasts until dismissed or timed out. */
export interface Toast {
  id: number;
  type: string;
  title?: string;
  message: string;
}

export function Toasts({ toasts, onDismiss }: { toasts: Toast[]; onDismiss: (id: number) => void }) {
  return (
    <div className="wb-toasts" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`wb-toast wb-toast--${t.type}`} role="status" data-testid="toast">
          {t.title ? <strong className="wb-toast__title">{t.title}</strong> : null}
          <span className="wb-toast__message">{t.message}</span>
          <button type="button" className="wb-toast__close" aria-label="Dismiss" onClick={() => onDismiss(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
