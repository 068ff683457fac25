/** Test helpers for the cards: a fake function runner injected as the card's `runFunction` prop. */
import type { FunctionResult, FunctionUid, RunFunction } from '../../../../server/contract';

export type FakeHandler = (params: Record<string, string | undefined>) => FunctionResult<unknown> | Promise<FunctionResult<unknown>>;

/** Canned results per function uid (an array answers call by call, repeating the last), every call recorded. */
export function fakeRunner(handlers: Partial<Record<FunctionUid, FakeHandler | FakeHandler[]>>) {
  const calls: { uid: FunctionUid; params: Record<string, string | undefined> }[] = [];
  const counters = new Map<FunctionUid, number>();
  const run = (async (uid: FunctionUid, params: Record<string, string | undefined>) => {
    calls.push({ uid, params });
    const h = handlers[uid];
    if (!h) throw new Error(`no fake for ${uid}`);
    const n = counters.get(uid) ?? 0;
    counters.set(uid, n + 1);
    const fn = Array.isArray(h) ? h[Math.min(n, h.length - 1)] : h;
    return fn(params);
  }) as RunFunction;
  return { run, calls, callsOf: (uid: FunctionUid) => calls.filter((c) => c.uid === uid) };
}

export const ok = <T,>(data: T) => () => ({ ok: true as const, data });
