/** ClientState: what clients of one process share, and what a fresh state keeps apart. */
import { createHubSpotClient } from './client';
import { createClientState } from './client-state';

describe('createClientState', () => {
  it('once: overlapping runs of one key share the first run; after it settles a new run starts', async () => {
    const state = createClientState();
    let runs = 0;
    let release!: () => void;
    const run = () => {
      runs++;
      return new Promise<number>((r) => (release = () => r(runs)));
    };
    const a = state.once('k', run);
    const b = state.once('k', run);
    const other = state.once('other', async () => 'other');
    release();
    expect(await Promise.all([a, b, other])).toEqual([1, 1, 'other']);
    expect(await state.once('k', async () => 'again')).toBe('again');
  });

  it('once releases the key when the run fails', async () => {
    const state = createClientState();
    await expect(state.once('k', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await state.once('k', async () => 'ok')).toBe('ok');
  });

  it('limiterFor: one limiter per key and window size', () => {
    const state = createClientState();
    const a = state.limiterFor('portal token', 90);
    expect(state.limiterFor('portal token', 90)).toBe(a);
    expect(state.limiterFor('other token', 90)).not.toBe(a);
    expect(state.limiterFor('portal token', 100)).not.toBe(a);
    expect(createClientState().limiterFor('portal token', 90)).not.toBe(a);
  });

  it('clients share `once` per portal and token within a state, never across states', async () => {
    const state = createClientState();
    const config = { baseUrl: 'https://api.example.test', accessToken: 't' };
    const c1 = createHubSpotClient({ ...config, state });
    const c2 = createHubSpotClient({ ...config, state });
    const c3 = createHubSpotClient({ ...config, state: createClientState() });
    const c4 = createHubSpotClient({ ...config, accessToken: 'another portal', state });
    let release!: () => void;
    const slow = c1.once('k', () => new Promise<string>((r) => (release = () => r('first'))));
    const joined = c2.once('k', async () => 'second');
    const apart = c3.once('k', async () => 'own state');
    const otherToken = c4.once('k', async () => 'other token');
    release();
    expect(await Promise.all([slow, joined, apart, otherToken])).toEqual(['first', 'first', 'own state', 'other token']);
  });
});
