import { decodeSequence } from './decode';
import { applySchedule, stepDates } from './schedule';
import { isValidTimeZone, zonedDay } from '../time/zones';
import type { Sequence } from '../hubspot/schemas';
import type { StepDependencyView } from './types';

const DAY = 86_400_000;
const dep = (stepNumber: number): StepDependencyView => ({ stepNumber, type: 'TASK_COMPLETION', text: '' });
const steps = (delaysInDays: number[], deps: Record<number, number> = {}) => delaysInDays.map((d, i) => ({ delayMillis: d * DAY, dependencies: deps[i] ? [dep(deps[i])] : [] }));
const dates = (s: ReturnType<typeof steps>, startIso: string, eligibleFollowUpDays?: string, timeZone = 'UTC') =>
  stepDates(s, { startMs: Date.parse(startIso), timeZone, eligibleFollowUpDays }).map((d) => d.expectedDate);

describe("stepDates: HubSpot's example (enrolled Monday 5 PM; +3 days; +3 days)", () => {
  const seq = steps([0, 3, 3, 1]);
  const mondayFivePm = '2026-11-16T17:00:00Z';
  it('EVERYDAY: weekend days count and steps run on them', () => {
    expect(dates(seq, mondayFivePm, 'EVERYDAY')).toEqual(['2026-11-16', '2026-11-19', '2026-11-22', '2026-11-23']);
  });
  it('BUSINESS_DAYS: weekend days still count toward the delay, a step due on Sunday runs Monday, the next delay counts from Monday', () => {
    expect(dates(seq, mondayFivePm, 'BUSINESS_DAYS')).toEqual(['2026-11-16', '2026-11-19', '2026-11-23', '2026-11-24']);
  });
  it('WEEKDAYS_ONLY behaves like BUSINESS_DAYS; no setting behaves like EVERYDAY', () => {
    expect(dates(seq, mondayFivePm, 'WEEKDAYS_ONLY')).toEqual(dates(seq, mondayFivePm, 'BUSINESS_DAYS'));
    expect(dates(seq, mondayFivePm, undefined)).toEqual(dates(seq, mondayFivePm, 'EVERYDAY'));
  });
});

describe('stepDates: weekends', () => {
  const saturday = '2026-11-21T10:00:00Z';
  it('the first step runs on the enrollment day even on a weekend; follow-ups due Sat or Sun move to Monday', () => {
    expect(dates(steps([0, 1, 0]), saturday, 'BUSINESS_DAYS')).toEqual(['2026-11-21', '2026-11-23', '2026-11-23']);
    expect(dates(steps([0, 1, 0]), saturday, 'EVERYDAY')).toEqual(['2026-11-21', '2026-11-22', '2026-11-22']);
  });
  it('a first step delayed past the enrollment day is deferred like any follow-up', () => {
    expect(dates(steps([1]), saturday, 'BUSINESS_DAYS')).toEqual(['2026-11-23']);
  });
  it('a Friday step +1 day lands Saturday → Monday; +2 days lands Sunday → Monday; +3 days is Monday anyway', () => {
    const friday = '2026-11-20T09:00:00Z';
    expect(dates(steps([0, 1]), friday, 'BUSINESS_DAYS')[1]).toBe('2026-11-23');
    expect(dates(steps([0, 2]), friday, 'BUSINESS_DAYS')[1]).toBe('2026-11-23');
    expect(dates(steps([0, 3]), friday, 'BUSINESS_DAYS')[1]).toBe('2026-11-23');
    expect(dates(steps([0, 4]), friday, 'BUSINESS_DAYS')[1]).toBe('2026-11-24');
  });
  it('sub-day delays add up into the next day', () => {
    const s = [
      { delayMillis: 0, dependencies: [] },
      { delayMillis: 20 * 3_600_000, dependencies: [] },
    ];
    expect(dates(s, '2026-11-18T10:00:00Z', 'EVERYDAY')).toEqual(['2026-11-18', '2026-11-19']);
  });
});

describe('stepDates: time zones', () => {
  const lateFridayUtc = '2026-11-20T23:30:00Z';
  it('the same instant is Friday Nov 20 in Los Angeles and Saturday Nov 21 in Berlin', () => {
    expect(dates(steps([0]), lateFridayUtc, 'EVERYDAY', 'America/Los_Angeles')).toEqual(['2026-11-20']);
    expect(dates(steps([0]), lateFridayUtc, 'EVERYDAY', 'Europe/Berlin')).toEqual(['2026-11-21']);
    expect(dates(steps([0]), lateFridayUtc, 'EVERYDAY')).toEqual(['2026-11-20']);
  });
  it('weekend deferral is decided in the zone: +1 day is Sat in LA (→ Mon) and Sun in Berlin (→ Mon)', () => {
    expect(dates(steps([0, 1]), lateFridayUtc, 'BUSINESS_DAYS', 'America/Los_Angeles')).toEqual(['2026-11-20', '2026-11-23']);
    expect(dates(steps([0, 1]), lateFridayUtc, 'BUSINESS_DAYS', 'Europe/Berlin')).toEqual(['2026-11-21', '2026-11-23']);
    expect(dates(steps([0, 1]), lateFridayUtc, 'EVERYDAY', 'Europe/Berlin')).toEqual(['2026-11-21', '2026-11-22']);
  });
  it('zonedDay gives the date and weekday in the zone', () => {
    expect(zonedDay(Date.parse(lateFridayUtc), 'Asia/Tokyo')).toEqual({ date: '2026-11-21', weekday: 6 });
    expect(zonedDay(Date.parse(lateFridayUtc), 'America/New_York')).toEqual({ date: '2026-11-20', weekday: 5 });
  });
  it('isValidTimeZone accepts IANA names only', () => {
    for (const ok of ['UTC', 'America/New_York', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'Etc/GMT+5']) expect(isValidTimeZone(ok)).toBe(true);
    for (const bad of ['', 'Mars/Olympus', '+05:00', '../etc/passwd', 'America/New York', 'x'.repeat(65)]) expect(isValidTimeZone(bad)).toBe(false);
  });
});

describe('stepDates: dependencies', () => {
  it('a step that waits for a task says which, and its date and every later one are the earliest possible', () => {
    const out = stepDates(steps([0, 1, 2, 0], { 1: 1 }), { startMs: Date.parse('2026-11-16T09:00:00Z'), timeZone: 'UTC', eligibleFollowUpDays: 'BUSINESS_DAYS' });
    expect(out).toEqual([
      { expectedDate: '2026-11-16', expectedDateIsEarliest: false },
      { expectedDate: '2026-11-17', expectedDateIsEarliest: true, waitsForStep: 1 },
      { expectedDate: '2026-11-19', expectedDateIsEarliest: true },
      { expectedDate: '2026-11-19', expectedDateIsEarliest: true },
    ]);
  });
});

describe('applySchedule on a decoded sequence', () => {
  const at = '2026-01-01T00:00:00Z';
  const seq: Sequence = {
    id: '1',
    name: 'S',
    userId: '2',
    createdAt: at,
    updatedAt: at,
    steps: [
      { id: 'a', stepOrder: 0, delayMillis: 0, actionType: 'EMAIL', createdAt: at, updatedAt: at, emailPattern: { id: 'e', templateId: '91000001', createdAt: at, updatedAt: at } },
      {
        id: 'b',
        stepOrder: 1,
        delayMillis: DAY,
        actionType: 'TASK',
        createdAt: at,
        updatedAt: at,
        taskPattern: { id: 't', taskType: 'CALL', taskPriority: 'LOW', subject: 'Call', createdAt: at, updatedAt: at },
      },
      {
        id: 'c',
        stepOrder: 2,
        delayMillis: 2 * DAY,
        actionType: 'EMAIL',
        createdAt: at,
        updatedAt: at,
        emailPattern: { id: 'f', templateId: '91000002', createdAt: at, updatedAt: at },
      },
    ],
    settings: { eligibleFollowUpDays: 'BUSINESS_DAYS', sendWindowStartMinute: 480, sendWindowEndMinute: 1080 },
    dependencies: [
      {
        id: 'd',
        createdAt: at,
        updatedAt: at,
        dependencyType: 'TASK_COMPLETION',
        requiredBySequenceStepId: 'c',
        reliesOnSequenceStepId: 'b',
        requiredByStepOrder: 2,
        reliesOnStepOrder: 1,
      },
    ],
  };
  it('dates every step, puts the send window on email steps only, and says what the dates are based on', () => {
    const d = applySchedule(decodeSequence(seq), {
      basis: 'enrollment',
      startMs: Date.parse('2026-11-19T15:00:00Z'),
      nowMs: Date.parse('2026-11-24T04:00:00Z'),
      timeZone: 'america/new_york',
      sendWindowStartMinute: 480,
      sendWindowEndMinute: 1080,
    });
    expect(d.steps.map((s) => [s.expectedDate, s.waitsForStep, s.sendWindow])).toEqual([
      ['2026-11-19', undefined, { start: '08:00', end: '18:00' }],
      ['2026-11-20', undefined, undefined],
      ['2026-11-23', 2, { start: '08:00', end: '18:00' }], // Fri + 2 days = Sun → Mon
    ]);
    expect(d.schedule).toEqual({ basis: 'enrollment', startedAt: '2026-11-19T15:00:00.000Z', timeZone: 'America/New_York', today: '2026-11-23' });
  });
  it('no send window when the settings have none or an all-day one', () => {
    const base = { basis: 'preview' as const, startMs: 0, nowMs: 0, timeZone: 'UTC' };
    expect(applySchedule(decodeSequence(seq), base).steps[0].sendWindow).toBeUndefined();
    expect(applySchedule(decodeSequence(seq), { ...base, sendWindowStartMinute: 0, sendWindowEndMinute: 1440 }).steps[0].sendWindow).toBeUndefined();
  });
});
