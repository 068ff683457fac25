/**
 * Identical writes that overlap in one warm container share one run: the first caller's promise is
 * handed to the others until it settles (a double submit that slipped past the card's guard). It lives
 * with the write, not in the HubSpot client: which operations are "identical" is the app's decision.
 * Keys must name the portal (`deps.hubspot.portalKey`), the operation and its target.
 */
export type DedupeInFlight = <T>(key: string, run: () => Promise<T>) => Promise<T>;

export function createDedupeInFlight(): DedupeInFlight {
  const inFlight = new Map<string, Promise<unknown>>();
  return <T>(key: string, run: () => Promise<T>): Promise<T> => {
    const running = inFlight.get(key);
    if (running) return running as Promise<T>;
    const p = run().finally(() => inFlight.delete(key));
    inFlight.set(key, p);
    return p;
  };
}

/** This process's: a warm function container serves many executions, and they share it. */
export const dedupeInFlight: DedupeInFlight = createDedupeInFlight();
