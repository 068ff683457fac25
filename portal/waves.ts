/**
 * Causal round trips (issue 18 item 9). In wave mode the portal holds every answer until the app has
 * sent all the requests it can send without one: requests arriving while answers are held form one
 * wave, and the wave's answers go out together once no request has arrived for a while. A request in
 * wave n+1 was therefore sent after some answer of wave n arrived, so a function's round trips are its
 * number of waves, whatever the machine's load: a parallel call never looks sequential.
 *
 * "A while" is counted in event-loop turns, not milliseconds: the app under test runs in this process
 * and reaches the portal over loopback, where a request written by the client is readable by the
 * server on the next poll of the same loop. A slow machine slows both sides alike. The millisecond
 * floor only keeps a wave open across a client's connection set-up on a busy loop.
 */
export const QUIET_TURNS = 25;
export const QUIET_MIN_MS = 2;

export interface Waves {
  /** Joins the open wave: its number (1, 2, … since the portal started) and a promise resolved when the wave is answered. */
  join(): { wave: number; released: Promise<void> };
}

export function createWaves(now: () => number = Date.now): Waves {
  let current = 1;
  let held: (() => void)[] = [];
  let quietTurns = 0;
  let lastArrival = 0;
  let watching = false;

  const watch = () =>
    setImmediate(() => {
      if (++quietTurns < QUIET_TURNS || now() - lastArrival < QUIET_MIN_MS) return watch();
      const release = held;
      held = [];
      current++;
      watching = false;
      for (const r of release) r();
    });

  return {
    join() {
      quietTurns = 0;
      lastArrival = now();
      const wave = current;
      const released = new Promise<void>((resolve) => held.push(resolve));
      if (!watching) {
        watching = true;
        watch();
      }
      return { wave, released };
    },
  };
}
