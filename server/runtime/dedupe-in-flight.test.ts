import { createDedupeInFlight } from './dedupe-in-flight';

it('overlapping runs of one key share the first run; after it settles a new run starts; a failure is shared and then forgotten', async () => {
  const dedupe = createDedupeInFlight();
  let runs = 0;
  let release!: (v: string) => void;
  const run = () => {
    runs++;
    return new Promise<string>((r) => (release = r));
  };
  const a = dedupe('portal k', run);
  const b = dedupe('portal k', run);
  const other = dedupe('portal other', async () => 'other');
  release('first');
  expect(await Promise.all([a, b, other])).toEqual(['first', 'first', 'other']);
  expect(runs).toBe(1);
  expect(await dedupe('portal k', async () => 'again')).toBe('again');
  await expect(dedupe('portal k', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  expect(await dedupe('portal k', async () => 'ok')).toBe('ok');
});
