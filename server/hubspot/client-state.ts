/**
 * What HubSpot clients share within one process: a warm function container serves many executions,
 * and they must keep under the portal's rate limit together and not repeat a write that one of them
 * is already sending. The process-wide default (`PROCESS_STATE`) is what production uses; tests and
 * harnesses pass their own `createClientState()` to `createHubSpotClient({ state })`, so they share
 * nothing with each other and need no unique tokens or window sizes.
 */
import { RateLimiter } from './resilience';

export interface ClientState {
  /** One limiter per portal and token (a new window size replaces the limiter). */
  limiterFor(key: string, perWindow: number): RateLimiter;
  /**
   * Identical operations that overlap share one run: the first caller's promise is handed to the
   * others until it settles (a double submit that slipped past the card's guard).
   */
  once<T>(key: string, run: () => Promise<T>): Promise<T>;
}

export function createClientState(): ClientState {
  const limiters = new Map<string, RateLimiter>();
  const inFlight = new Map<string, Promise<unknown>>();
  return {
    limiterFor(key, perWindow) {
      let limiter = limiters.get(key);
      if (!limiter || limiter.perWindow !== perWindow) {
        limiter = new RateLimiter(perWindow);
        limiters.set(key, limiter);
      }
      return limiter;
    },
    once<T>(key: string, run: () => Promise<T>): Promise<T> {
      const running = inFlight.get(key);
      if (running) return running as Promise<T>;
      const p = run().finally(() => inFlight.delete(key));
      inFlight.set(key, p);
      return p;
    },
  };
}

/** The state of this process: every client built without `state` shares it. */
export const PROCESS_STATE: ClientState = createClientState();
