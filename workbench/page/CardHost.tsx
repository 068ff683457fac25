/**
 * One card = one web worker running the card bundle. The page hands the worker a @remote-ui/core
 * receiver channel plus `{ context, actions }`, and draws the remote tree with RemoteRenderer.
 */
import { RemoteRenderer, createRemoteReceiver } from '@remote-ui/react/host';
import { createEndpoint, fromWebWorker, release, retain } from '@remote-ui/rpc';
import type { RemoteChannel } from '@remote-ui/core';
import { useEffect, useMemo, useState } from 'react';
import { OverlayProvider, OverlayStore, createHostController } from './host-components';

export interface CardInfo {
  uid: string;
  name: string;
  location: string;
  demo?: boolean;
}

export type CardContext = Record<string, unknown> & { crm: { objectId: number; objectTypeId: string } };

/** The host side of the CRM actions, shared by all cards on the page. closeOverlay is per card. */
export interface PageActions {
  addAlert(alert: { type?: string; title?: string; message: string }): void;
  refreshObjectProperties(): void;
  reloadPage(): void;
  fetchCrmObjectProperties(properties: string[] | '*'): Promise<Record<string, string | null>>;
  onCrmPropertiesUpdate(properties: string[] | '*', callback: (props: Record<string, string | null>, error?: { message: string }) => void): () => void;
  copyTextToClipboard(text: string): Promise<void>;
  openIframeModal(payload: { uri: string; title?: string }, onClose?: () => void): void;
  navigateToPage(options: { to: string }): void;
}

interface WorkerApi {
  render(channel: RemoteChannel, api: { context: CardContext; actions: Record<string, unknown> }): Promise<void>;
}

const controller = createHostController();

export function CardHost({ card, context, page }: { card: CardInfo; context: CardContext; page: PageActions }) {
  const receiver = useMemo(() => createRemoteReceiver(), []);
  const store = useMemo(() => new OverlayStore(), []);
  const [failure, setFailure] = useState<string | null>(null);
  const [mounted, setMounted] = useState(false);

  useEffect(() => {
    const worker = new Worker(`/cards/${encodeURIComponent(card.uid)}.js`, { name: card.uid });
    const endpoint = createEndpoint<WorkerApi>(fromWebWorker(worker));
    const unsubscribers: (() => void)[] = [];
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      setFailure(e.message || 'The card crashed.');
    });
    // The receiver draws the card's updates in a batch on a later timer; an alert or a closing panel the card
    // sent after an update waits for that batch, so the page shows them in the order the card sent them
    // (else "Enrolled" could pop up over the card's previous state).
    const afterDrawn = (act: () => void) => void receiver.flush().then(act);
    const actions = {
      addAlert: (a: { type?: string; title?: string; message: string }) => afterDrawn(() => page.addAlert(a)),
      refreshObjectProperties: () => page.refreshObjectProperties(),
      reloadPage: () => page.reloadPage(),
      fetchCrmObjectProperties: (p: string[] | '*') => page.fetchCrmObjectProperties(p),
      onCrmPropertiesUpdate: (p: string[] | '*', cb: (props: Record<string, string | null>, error?: { message: string }) => void) => {
        retain(cb); // called long after this call returned
        const off = page.onCrmPropertiesUpdate(p, cb);
        unsubscribers.push(() => {
          off();
          release(cb);
        });
      },
      closeOverlay: (id: string) => afterDrawn(() => store.closeOverlay(id)),
      copyTextToClipboard: (text: string) => page.copyTextToClipboard(text),
      openIframeModal: (payload: { uri: string; title?: string }, onClose?: () => void) => page.openIframeModal(payload, onClose),
      navigateToPage: (o: { to: string }) => page.navigateToPage(o),
    };
    endpoint.call.render(receiver.receive, { context, actions }).then(
      () => setMounted(true),
      (err: unknown) => setFailure(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      for (const off of unsubscribers) off();
      endpoint.terminate();
      worker.terminate();
    };
    // The page re-keys this component to re-create the worker (contact, user, reload).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <section className="wb-card" data-card-uid={card.uid} aria-label={card.name}>
      <header className="wb-card__header">
        <span className="wb-card__caret" aria-hidden="true">
          ▾
        </span>
        <h2 className="wb-card__title">{card.name}</h2>
        {card.demo ? <span className="wb-card__badge">workbench demo</span> : null}
      </header>
      <div className="wb-card__body">
        {failure ? (
          <div className="wb-card__failure" role="alert">
            <strong>This card failed to load.</strong>
            <pre>{failure}</pre>
          </div>
        ) : (
          <OverlayProvider store={store}>
            {mounted ? null : <div className="wb-card__starting">Starting card…</div>}
            <RemoteRenderer receiver={receiver} controller={controller} />
          </OverlayProvider>
        )}
      </div>
    </section>
  );
}
