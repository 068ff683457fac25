import { countedElapsed, expectedStepIndex, expectedStepIndexFromDates, formatStepDate, relativeTime, stepWhenText } from './time';

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

describe('formatStepDate', () => {
  it.each([
    ['2026-11-19', 'Thu, Nov 19'],
    ['2026-11-23', 'Mon, Nov 23'],
    ['2027-01-01', 'Fri, Jan 1'],
    ['2028-02-29', 'Tue, Feb 29'],
    ['2026-02-30', '2026-02-30'],
    ['Nov 19', 'Nov 19'],
  ])('%s → %s', (date, text) => expect(formatStepDate(date)).toBe(text));
  it('does not shift the date in any process time zone (reads it as a calendar date)', () => {
    const tz = process.env.TZ;
    try {
      for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
        process.env.TZ = zone;
        expect(formatStepDate('2026-11-20')).toBe('Fri, Nov 20');
      }
    } finally {
      process.env.TZ = tz;
    }
  });
});

describe('stepWhenText', () => {
  it('says the date, and when a step waits for another, that the date is the earliest', () => {
    expect(stepWhenText({ expectedDate: '2026-11-19' })).toBe('Thu, Nov 19');
    expect(stepWhenText({ expectedDate: '2026-11-19', waitsForStep: 2, expectedDateIsEarliest: true })).toBe('After step 2 is done, earliest Thu, Nov 19');
    expect(stepWhenText({ expectedDate: '2026-11-19', expectedDateIsEarliest: true })).toBe('Earliest Thu, Nov 19');
    expect(stepWhenText({})).toBeUndefined();
  });
});

describe('expectedStepIndexFromDates', () => {
  const steps = [{ expectedDate: '2026-11-16' }, { expectedDate: '2026-11-19' }, { expectedDate: '2026-11-23' }, { expectedDate: '2026-11-23' }];
  it('is the last step dated today or earlier', () => {
    expect(expectedStepIndexFromDates(steps, '2026-11-15')).toBe(-1);
    expect(expectedStepIndexFromDates(steps, '2026-11-16')).toBe(0);
    expect(expectedStepIndexFromDates(steps, '2026-11-22')).toBe(1);
    expect(expectedStepIndexFromDates(steps, '2026-11-23')).toBe(3);
    expect(expectedStepIndexFromDates([{}, {}], '2026-11-23')).toBe(-1);
  });
});
