/**
 * Overlays (Panel, Modal) the HubSpot way: a Button/Link/Tag/Image with an `overlay` prop opens it,
 * `reactions.openPanel(id)` / `closePanel(id)` from an event handler, and `actions.closeOverlay(id)`
 * from the card. One store per card holds which overlay ids are open.
 */
import { createContext, useContext, useLayoutEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';

export class OverlayStore {
  private readonly open = new Set<string>();
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  isOpen = (id: string) => this.open.has(id);
  openOverlay = (id: string) => {
    if (this.open.has(id)) return;
    this.open.add(id);
    this.emit();
  };
  closeOverlay = (id: string) => {
    if (!this.open.delete(id)) return;
    this.emit();
  };
  private emit() {
    for (const l of [...this.listeners]) l();
  }
}

const fallbackStore = new OverlayStore();
const OverlayStoreContext = createContext<OverlayStore>(fallbackStore);

export function OverlayProvider({ store, children }: { store: OverlayStore; children?: ReactNode }) {
  return <OverlayStoreContext.Provider value={store}>{children}</OverlayStoreContext.Provider>;
}

export const useOverlayStore = () => useContext(OverlayStoreContext);

export function useOverlayOpen(id: string | undefined): boolean {
  const store = useOverlayStore();
  return useSyncExternalStore(store.subscribe, () => (id ? store.isOpen(id) : false));
}

/** The `reactions` argument HubSpot passes to onClick handlers. */
export function useReactions() {
  const store = useOverlayStore();
  return {
    openPanel: (id: string) => store.openOverlay(id),
    closePanel: (id: string) => store.closeOverlay(id),
    openModal: (id: string) => store.openOverlay(id),
    closeModal: (id: string) => store.closeOverlay(id),
  };
}

/** A slot where a trigger renders its `overlay`: the overlay inside tells the trigger its id. */
interface OverlaySlot {
  id: string | null;
}
const OverlaySlotContext = createContext<OverlaySlot | null>(null);

/** For triggers (Button, Link, Tag, Image): returns the slot element to render and a function opening the overlay. */
export function useOverlayTrigger(overlay: ReactNode) {
  const slot = useRef<OverlaySlot>({ id: null });
  const store = useOverlayStore();
  const element = overlay ? <OverlaySlotContext.Provider value={slot.current}>{overlay}</OverlaySlotContext.Provider> : null;
  const open = () => {
    if (slot.current.id) store.openOverlay(slot.current.id);
  };
  return { element, open };
}

/** For Panel/Modal: registers the id with the enclosing trigger. */
export function useRegisterOverlay(id: string | undefined) {
  const slot = useContext(OverlaySlotContext);
  useLayoutEffect(() => {
    if (!slot || !id) return;
    slot.id = id;
    return () => {
      if (slot.id === id) slot.id = null;
    };
  }, [slot, id]);
}

/** An ExtensionEvent-like, serializable event for handlers in the worker. */
export function extensionEvent(type: string, id?: string) {
  return { type, bubbles: true, timeStamp: Date.now(), id: id ?? '' };
}
