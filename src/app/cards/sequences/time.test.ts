import { countedElapsed, expectedStepIndex, relativeTime } from './time';

const DAY = 86_400_000;

describe('relativeTime', () => {
  const now = Date.parse('2026-11-20T12:00:00Z');
  it.each([
    ['2026-11-20T11:59:30Z', 'just now'],
    ['2026-11-20T11:55:00Z', '5 minutes ago'],
    ['2026-11-20T09:00:00Z', '3 hours ago'],
    ['2026-11-19T12:00:00Z', '1 day ago'],
    ['2026-11-17T11:00:00Z', '3 days ago'],
    ['2026-09-01T12:00:00Z', '2 months ago'],
    ['2024-11-01T12:00:00Z', '2 years ago'],
    ['2026-11-21T12:00:00Z', 'just now'],
    ['garbage', 'at an unknown time'],
  ])('%s → %s', (iso, words) => expect(relativeTime(iso, now)).toBe(words));
});

describe('expectedStepIndex', () => {
  const steps = [{ offsetMillis: 0 }, { offsetMillis: DAY }, { offsetMillis: 4 * DAY }, { offsetMillis: 4 * DAY }];
  const enrolled = '2026-11-16T10:00:00Z'; // a Monday
  it('counts calendar time for EVERYDAY sequences', () => {
    expect(expectedStepIndex(steps, enrolled, Date.parse(enrolled) + 1000, 'EVERYDAY')).toBe(0);
    expect(expectedStepIndex(steps, enrolled, Date.parse(enrolled) + DAY + 1, 'EVERYDAY')).toBe(1);
    expect(expectedStepIndex(steps, enrolled, Date.parse(enrolled) + 5 * DAY, 'EVERYDAY')).toBe(3);
  });
  it('skips weekends for business-day sequences', () => {
    const fri = Date.parse('2026-11-20T10:00:00Z');
    const sat = Date.parse('2026-11-21T10:00:00Z');
    expect(countedElapsed(Date.parse(enrolled), fri, 'BUSINESS_DAYS')).toBe(4 * DAY);
    expect(countedElapsed(Date.parse('2026-11-20T10:00:00Z'), Date.parse('2026-11-23T10:00:00Z'), 'BUSINESS_DAYS')).toBe(DAY);
    expect(expectedStepIndex(steps, '2026-11-19T10:00:00Z', sat + 2 * DAY, 'BUSINESS_DAYS')).toBe(1); // Thu → Mon: 2 business days
    expect(expectedStepIndex(steps, '2026-11-19T10:00:00Z', sat + 2 * DAY, 'EVERYDAY')).toBe(3); // 4 calendar days
    expect(expectedStepIndex(steps, '2026-11-19T10:00:00Z', sat + 3 * DAY, 'BUSINESS_DAYS')).toBe(1);
  });
  it('no steps / bad date → -1', () => {
    expect(expectedStepIndex([], enrolled, Date.now())).toBe(-1);
    expect(expectedStepIndex(steps, 'x', Date.now())).toBe(-1);
  });
});
