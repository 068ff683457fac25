/**
 * What HubSpot clients share within one process: a warm function container serves many executions,
 * and they must keep under the portal's rate limit together. The process-wide default (`PROCESS_STATE`) is what production uses; tests and
 * harnesses pass their own `createClientState()` to `createHubSpotClient({ state })`, so they share
 * nothing with each other and need no unique tokens or window sizes.
 */
import { RateLimiter } from './resilience';

export interface ClientState {
  /** One limiter per portal and token (a new window size replaces the limiter). */
  limiterFor(key: string, perWindow: number): RateLimiter;
}

export function createClientState(): ClientState {
  const limiters = new Map<string, RateLimiter>();
  return {
    limiterFor(key, perWindow) {
      let limiter = limiters.get(key);
      if (!limiter || limiter.perWindow !== perWindow) {
        limiter = new RateLimiter(perWindow);
        limiters.set(key, limiter);
      }
      return limiter;
    },
  };
}

/** The state of this process: every client built without `state` shares it. */
export const PROCESS_STATE: ClientState = createClientState();
