/** Template names per warm container: what is remembered, for how long, and what is tried again. */
import { ServerError } from '../hubspot/errors';
import type { HubSpotClient } from '../hubspot/types';
import { createNameCache, NAME_CACHE_TTL_MS } from '../names/cache';
import { templateNames } from './template-names';

function client(answers: Record<string, () => { name?: string } | null>): { hubspot: HubSpotClient; reads: string[] } {
  const reads: string[] = [];
  const hubspot = {
    portalKey: 'portal-a',
    emailTemplates: {
      get: async ({ templateId }: { templateId: string }) => {
        reads.push(templateId);
        return answers[templateId]();
      },
    },
  } as unknown as HubSpotClient;
  return { hubspot, reads };
}

describe('templateNames with the names cache', () => {
  it('a name and "no name" (403 without the scope, 404: the client answers null) are remembered; a failure is tried again', async () => {
    let clock = 0;
    const cache = createNameCache({ now: () => clock });
    let down = true;
    const { hubspot, reads } = client({
      '1': () => ({ name: ' Intro ' }),
      '2': () => null,
      '3': () => {
        if (down) throw new ServerError('HubSpot answered 503', { status: 503 });
        return { name: 'Back' };
      },
    });
    expect(Object.fromEntries(await templateNames(hubspot, ['1', '2', '3'], cache))).toEqual({ '1': 'Intro' });
    expect(reads.sort()).toEqual(['1', '2', '3']);

    down = false;
    reads.length = 0;
    expect(Object.fromEntries(await templateNames(hubspot, ['1', '2', '3'], cache))).toEqual({ '1': 'Intro', '3': 'Back' });
    expect(reads).toEqual(['3']); // only the one that failed

    clock += NAME_CACHE_TTL_MS + 1;
    reads.length = 0;
    await templateNames(hubspot, ['1', '2', '3'], cache);
    expect(reads.sort()).toEqual(['1', '2', '3']); // expired: a rename shows within the stated time
  });

  it('per portal: another portal does not see the names', async () => {
    const cache = createNameCache();
    const a = client({ '1': () => ({ name: 'Intro' }) });
    await templateNames(a.hubspot, ['1'], cache);
    const b = client({ '1': () => ({ name: 'Other' }) });
    (b.hubspot as { portalKey: string }).portalKey = 'portal-b';
    expect(Object.fromEntries(await templateNames(b.hubspot, ['1'], cache))).toEqual({ '1': 'Other' });
  });
});
