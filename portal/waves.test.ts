/** Wave mode: round trips from what each request waited for, not from wall-clock times. */
import { DEFAULT_TOKEN, startPortal, type Portal } from './server';
import { FIXTURES } from './fixtures';
import { callsByRoundTrip, roundTrips } from '../test/round-trips';

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal({ waves: true });
});
afterAll(() => portal.close());
beforeEach(() => portal.reset());

const get = (path: string) => fetch(`${portal.url}${path}`, { headers: { authorization: `Bearer ${DEFAULT_TOKEN}` } }).then((r) => r.json());
const seq = `/automation/sequences/2026-09/${FIXTURES.sequences.simpleCall}?userId=${FIXTURES.users.rep.userId}`;
const contact = `/crm/objects/2026-03/contacts/${FIXTURES.contacts.enrolled}`;
const enrollment = `/automation/sequences/2026-09/enrollments/contact/${FIXTURES.contacts.enrolled}`;

/** Blocks this process's event loop: what a loaded machine does to the app between two calls. */
function busy(ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end);
}

it('parallel calls are one round trip even when the app is slow between sending them', async () => {
  await Promise.all([
    get(seq),
    (async () => {
      busy(80); // with timestamps, a 0-latency answer to the first call would make this one look sequential
      return get(contact);
    })(),
  ]);
  expect(roundTrips(portal.calls)).toBe(1);
});

it('a call sent after an answer is the next round trip; (a ∥ b) → c is two', async () => {
  await Promise.all([get(seq), get(contact)]);
  await get(enrollment);
  expect(roundTrips(portal.calls)).toBe(2);
  expect(callsByRoundTrip(portal.calls)).toEqual([[`GET ${contact.split('?')[0]}`, `GET ${seq.split('?')[0]}`].sort(), [`GET ${enrollment}`]]);
  await get(seq);
  expect(roundTrips(portal.calls)).toBe(3);
});

it('without wave mode the helper refuses to count (no silent timing fallback)', async () => {
  portal.setWaves(false);
  try {
    await get(seq);
    expect(() => roundTrips(portal.calls)).toThrow(/wave mode/);
  } finally {
    portal.setWaves(true);
  }
});
