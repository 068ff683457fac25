/**
 * The worker half of the host: exposes `render(receive, api)` over @remote-ui/rpc. The page calls it
 * with a @remote-ui/core receiver channel and the extension point API ({ context, actions }); this
 * side calls the card's `hubspot.extend` callback and renders the element into a remote root.
 */
import { createRemoteRoot, type RemoteChannel } from '@remote-ui/core';
import { createRoot } from '@remote-ui/react';
import { createEndpoint, fromWebWorker, retain } from '@remote-ui/rpc';
import type { ReactElement } from 'react';
import { serverless, state, type HostApi } from './globals';

function whenExtended(): Promise<void> {
  if (state.renderCallback) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The card never called hubspot.extend(...).')), 5000);
    state.onExtend = () => {
      clearTimeout(timer);
      resolve();
    };
  });
}

const endpoint = createEndpoint<{ render(channel: RemoteChannel, api: HostApi): Promise<void> }>(fromWebWorker(self as unknown as Worker));

endpoint.expose({
  async render(channel: RemoteChannel, api: HostApi) {
    // Both are used long after this call returns: keep the proxies alive.
    retain(channel);
    retain(api);
    state.api = {
      ...api,
      // Deprecated runner still handed to the extend callback by HubSpot.
      runServerlessFunction: async ({ name, parameters, propertiesToSend }) => {
        try {
          return { status: 'SUCCESS', response: await serverless(name, { parameters, propertiesToSend }) };
        } catch (err) {
          return { status: 'ERROR', message: err instanceof Error ? err.message : String(err) };
        }
      },
    };
    await whenExtended();
    const element = state.renderCallback!(state.api) as ReactElement;
    const remoteRoot = createRemoteRoot(channel);
    createRoot(remoteRoot).render(element);
    await remoteRoot.mount();
  },
});
