import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useOverlayOpen, useOverlayStore, useRegisterOverlay } from './overlay';
import { cx, fire, sizeClass } from './util';

interface OverlayProps {
  id: string;
  title?: string;
  width?: string;
  variant?: string;
  onOpen?: unknown;
  onClose?: unknown;
  children?: ReactNode;
  'aria-label'?: string;
  testId?: string;
}

/** Registers with its trigger, follows the store, fires onOpen/onClose on transitions. */
function useOverlay({ id, onOpen, onClose }: OverlayProps) {
  useRegisterOverlay(id);
  const store = useOverlayStore();
  const open = useOverlayOpen(id);
  const handlers = useRef({ onOpen, onClose });
  handlers.current = { onOpen, onClose };
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open && !wasOpen.current) fire(handlers.current.onOpen);
    if (!open && wasOpen.current) fire(handlers.current.onClose);
    wasOpen.current = open;
  }, [open]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') store.closeOverlay(id);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, id, store]);
  return { open, close: () => store.closeOverlay(id) };
}

export function Panel(props: OverlayProps) {
  const { open, close } = useOverlay(props);
  if (!open) return null;
  const modal = props.variant === 'modal';
  return createPortal(
    <div className={cx('hs-overlay-root', modal && 'hs-overlay-root--modal')}>
      {modal ? <div className="hs-backdrop" onClick={close} /> : null}
      <aside
        className={cx('hs-panel', `hs-panel--${sizeClass(props.width ?? 'sm')}`)}
        role="dialog"
        aria-label={props['aria-label'] ?? props.title}
        data-overlay-id={props.id}
        data-testid={props.testId}
      >
        <header className="hs-panel__header">
          <h3 className="hs-panel__title">{props.title}</h3>
          <button type="button" className="hs-overlay__close" aria-label="Close" onClick={close}>
            ×
          </button>
        </header>
        <div className="hs-panel__content">{props.children}</div>
      </aside>
    </div>,
    document.body,
  );
}

export const PanelBody = ({ children }: { children?: ReactNode }) => <div className="hs-panel__body">{children}</div>;
export const PanelSection = ({ children, flush }: { children?: ReactNode; flush?: boolean }) => (
  <section className={cx('hs-panel__section', flush && 'hs-panel__section--flush')}>{children}</section>
);
export const PanelFooter = ({ children }: { children?: ReactNode }) => <footer className="hs-panel__footer">{children}</footer>;

export function Modal(props: OverlayProps) {
  const { open, close } = useOverlay(props);
  if (!open) return null;
  return createPortal(
    <div className="hs-overlay-root hs-overlay-root--modal">
      <div className="hs-backdrop" onClick={close} />
      <div
        className={cx('hs-modal', `hs-modal--${sizeClass(props.width ?? 'md')}`, props.variant === 'danger' && 'hs-modal--danger')}
        role="dialog"
        aria-modal="true"
        aria-label={props['aria-label'] ?? props.title}
        data-overlay-id={props.id}
        data-testid={props.testId}
      >
        <header className="hs-modal__header">
          <h3 className="hs-modal__title">{props.title}</h3>
          <button type="button" className="hs-overlay__close" aria-label="Close" onClick={close}>
            ×
          </button>
        </header>
        <div className="hs-modal__content">{props.children}</div>
      </div>
    </div>,
    document.body,
  );
}

export const ModalBody = ({ children }: { children?: ReactNode }) => <div className="hs-modal__body">{children}</div>;
export const ModalFooter = ({ children }: { children?: ReactNode }) => <footer className="hs-modal__footer">{children}</footer>;
