/** ClientState: what clients of one process share (the rate limiter), and what a fresh state keeps apart. */
import { createHubSpotClient } from './client';
import { createClientState } from './client-state';

describe('createClientState', () => {
  it('limiterFor: one limiter per key and window size', () => {
    const state = createClientState();
    const a = state.limiterFor('portal token', 90);
    expect(state.limiterFor('portal token', 90)).toBe(a);
    expect(state.limiterFor('other token', 90)).not.toBe(a);
    expect(state.limiterFor('portal token', 100)).not.toBe(a);
    expect(createClientState().limiterFor('portal token', 90)).not.toBe(a);
  });

  it('clients of one portal and token share a portalKey (what the app keys its per-portal state by); another token does not', () => {
    const config = { baseUrl: 'https://api.example.test', accessToken: 't' };
    expect(createHubSpotClient(config).portalKey).toBe(createHubSpotClient({ ...config, state: createClientState() }).portalKey);
    expect(createHubSpotClient({ ...config, accessToken: 'another portal' }).portalKey).not.toBe(createHubSpotClient(config).portalKey);
  });
});
