/**
 * Every operator the decoder names (server/workflows/words.ts OPERATORS, read from its source so a new one
 * fails here until it is checked) and every operator of HubSpot's filter model (crm-lists-2026-03.json
 * operation descriptions): met, not met, or unknown with a reason; a value that is not set; and dates
 * across a time-zone boundary.
 */
import fs from 'node:fs';
import path from 'node:path';
import { evaluateOperation, type OperationEnv } from '../operations';
import { valueWords } from '../values';
import { ID_AS_IS } from '../../../names/reference';

const NOW = Date.parse('2026-03-02T03:00:00Z'); // Mar 1, 22:00 in New York; Mar 2 in UTC
const env = (timeZone = 'UTC', other: Record<string, string | null> = {}): OperationEnv => ({ now: NOW, timeZone, other: (p) => (p in other ? other[p] : undefined) });
const op = (operationType: string, operator: string, rest: Record<string, unknown> = {}) => ({ operationType, operator, includeObjectsWithNoValueSet: false, ...rest });
const result = (operation: unknown, value: string | null, e = env()) => evaluateOperation(operation, value, e).result;

type Case = [operation: Record<string, unknown>, value: string | null, expected: 'met' | 'not-met' | 'unknown'];
const S = (operator: string, value: string) => op('STRING', operator, { value });
const M = (operator: string, values: string[]) => op('MULTISTRING', operator, { values });
const E = (operator: string, values: string[]) => op('ENUMERATION', operator, { values });
const N = (operator: string, value: number) => op('NUMBER', operator, { value });

/** operator → cases (both outcomes where it has two). */
const CASES: Record<string, Case[]> = {
  IS_ANY_OF: [
    [E('IS_ANY_OF', ['lead', 'customer']), 'lead', 'met'],
    [E('IS_ANY_OF', ['lead']), 'subscriber', 'not-met'],
  ],
  IS_NONE_OF: [
    [E('IS_NONE_OF', ['lead']), 'subscriber', 'met'],
    [E('IS_NONE_OF', ['lead']), 'lead', 'not-met'],
  ],
  IS_EQUAL_TO: [
    [S('IS_EQUAL_TO', 'Dublin'), 'dublin', 'met'],
    [S('IS_EQUAL_TO', 'Dublin'), 'Cork', 'not-met'],
    [N('IS_EQUAL_TO', 5), '5', 'met'],
    [op('BOOL', 'IS_EQUAL_TO', { value: true }), 'false', 'not-met'],
  ],
  IS_NOT_EQUAL_TO: [
    [S('IS_NOT_EQUAL_TO', 'Dublin'), 'Cork', 'met'],
    [M('IS_NOT_EQUAL_TO', ['a', 'b']), 'b', 'not-met'],
  ],
  EQ: [
    [S('EQ', 'x'), 'X', 'met'],
    [S('EQ', 'x'), 'y', 'not-met'],
  ],
  NEQ: [
    [S('NEQ', 'x'), 'y', 'met'],
    [S('NEQ', 'x'), 'x', 'not-met'],
  ],
  CONTAINS: [
    [S('CONTAINS', 'acme'), 'ACME Corp', 'met'],
    [M('CONTAINS', ['foo', 'bar']), 'baz', 'not-met'],
  ],
  DOES_NOT_CONTAIN: [
    [S('DOES_NOT_CONTAIN', 'gmail'), 'ada@acme.com', 'met'],
    [S('DOES_NOT_CONTAIN', 'gmail'), 'ada@gmail.com', 'not-met'],
  ],
  CONTAINS_EXACTLY: [
    [M('CONTAINS_EXACTLY', ['Piura']), 'piura', 'met'],
    [M('CONTAINS_EXACTLY', ['Piura']), 'Lima', 'not-met'],
  ],
  DOES_NOT_CONTAIN_EXACTLY: [
    [M('DOES_NOT_CONTAIN_EXACTLY', ['Piura']), 'Lima', 'met'],
    [M('DOES_NOT_CONTAIN_EXACTLY', ['Piura']), 'Piura', 'not-met'],
  ],
  CONTAINS_ALL: [
    [E('CONTAINS_ALL', ['a', 'b']), 'a;b;c', 'met'],
    [E('CONTAINS_ALL', ['a', 'b']), 'a;c', 'not-met'],
  ],
  DOES_NOT_CONTAIN_ALL: [
    [E('DOES_NOT_CONTAIN_ALL', ['a', 'b']), 'a;c', 'met'],
    [E('DOES_NOT_CONTAIN_ALL', ['a', 'b']), 'b;a', 'not-met'],
  ],
  STARTS_WITH: [
    [S('STARTS_WITH', '+353'), '+353 1 555', 'met'],
    [S('STARTS_WITH', '+353'), '+44 20', 'not-met'],
  ],
  ENDS_WITH: [
    [S('ENDS_WITH', '.ie'), 'ada@acme.ie', 'met'],
    [S('ENDS_WITH', '.ie'), 'ada@acme.com', 'not-met'],
  ],
  IS_KNOWN: [
    [op('ALL_PROPERTY', 'IS_KNOWN'), 'x', 'met'],
    [op('ALL_PROPERTY', 'IS_KNOWN'), null, 'not-met'],
    [op('ALL_PROPERTY', 'IS_KNOWN'), '  ', 'not-met'],
  ],
  IS_UNKNOWN: [
    [op('ALL_PROPERTY', 'IS_UNKNOWN'), null, 'met'],
    [op('ALL_PROPERTY', 'IS_UNKNOWN'), 'x', 'not-met'],
  ],
  HAS_PROPERTY: [
    [op('ALL_PROPERTY', 'HAS_PROPERTY'), 'x', 'met'],
    [op('ALL_PROPERTY', 'HAS_PROPERTY'), null, 'not-met'],
  ],
  NOT_HAS_PROPERTY: [
    [op('ALL_PROPERTY', 'NOT_HAS_PROPERTY'), null, 'met'],
    [op('ALL_PROPERTY', 'NOT_HAS_PROPERTY'), 'x', 'not-met'],
  ],
  IS_GREATER_THAN: [
    [N('IS_GREATER_THAN', 10), '11', 'met'],
    [N('IS_GREATER_THAN', 10), '10', 'not-met'],
  ],
  IS_GREATER_THAN_OR_EQUAL_TO: [
    [N('IS_GREATER_THAN_OR_EQUAL_TO', 10), '10', 'met'],
    [N('IS_GREATER_THAN_OR_EQUAL_TO', 10), '9.5', 'not-met'],
  ],
  IS_LESS_THAN: [
    [N('IS_LESS_THAN', 10), '9', 'met'],
    [N('IS_LESS_THAN', 10), '10', 'not-met'],
    [N('IS_LESS_THAN', 10), 'ten', 'unknown'],
  ],
  IS_LESS_THAN_OR_EQUAL_TO: [
    [N('IS_LESS_THAN_OR_EQUAL_TO', 10), '10', 'met'],
    [N('IS_LESS_THAN_OR_EQUAL_TO', 10), '11', 'not-met'],
  ],
  IS_BETWEEN: [
    [op('NUMBER_RANGED', 'IS_BETWEEN', { lowerBound: 1, upperBound: 5 }), '5', 'met'],
    [op('NUMBER_RANGED', 'IS_BETWEEN', { lowerBound: 1, upperBound: 5 }), '6', 'not-met'],
    [op('RANGED_DATE', 'IS_BETWEEN', { lowerBound: Date.UTC(2026, 0, 1), upperBound: Date.UTC(2026, 0, 31), requiresTimeZoneConversion: false }), '2026-01-31', 'met'],
  ],
  IS_NOT_BETWEEN: [
    [op('NUMBER_RANGED', 'IS_NOT_BETWEEN', { lowerBound: 1, upperBound: 5 }), '6', 'met'],
    [op('RANGED_DATE', 'IS_NOT_BETWEEN', { lowerBound: Date.UTC(2026, 0, 1), upperBound: Date.UTC(2026, 0, 31), requiresTimeZoneConversion: false }), '2026-01-15', 'not-met'],
  ],
  IS_BEFORE: [
    [op('DATETIME', 'IS_BEFORE', { timestamp: Date.UTC(2026, 1, 1), requiresTimeZoneConversion: false }), '2026-01-31T10:00:00Z', 'met'],
    [op('TIME_POINT', 'IS_BEFORE', { timePoint: { timeType: 'DATE', year: 2026, month: 2, day: 1, zoneId: 'UTC' } }), '2026-02-01', 'not-met'],
  ],
  IS_AFTER: [
    [op('DATETIME', 'IS_AFTER', { timestamp: Date.UTC(2026, 1, 1), requiresTimeZoneConversion: false }), '2026-02-02', 'met'],
    [op('COMPARATIVE_DATE', 'IS_AFTER', { comparisonPropertyName: 'createdate' }), '2026-01-01', 'not-met'],
  ],
  IS_BEFORE_DATE: [
    [op('DATE', 'IS_BEFORE_DATE', { year: 2026, month: 'MARCH', day: 1 }), '2026-02-28', 'met'],
    [op('DATE', 'IS_BEFORE_DATE', { year: 2026, month: '3', day: 1 }), '2026-03-01', 'not-met'],
  ],
  IS_AFTER_DATE: [
    [op('DATE', 'IS_AFTER_DATE', { year: 2026, month: 'MARCH', day: 1 }), '2026-03-02', 'met'],
    [op('DATE', 'IS_AFTER_DATE', { year: 2026, month: 'MARCH', day: 1 }), '2026-03-01', 'not-met'],
  ],
  IS_EXACTLY: [
    [E('IS_EXACTLY', ['a', 'b']), 'b;a', 'met'],
    [E('IS_EXACTLY', ['a', 'b']), 'a', 'not-met'],
  ],
  IS_NOT_EXACTLY: [
    [E('IS_NOT_EXACTLY', ['a', 'b']), 'a', 'met'],
    [E('IS_NOT_EXACTLY', ['a']), 'a', 'not-met'],
  ],
  HAS_EVER_BEEN_EQUAL_TO: [[S('HAS_EVER_BEEN_EQUAL_TO', 'x'), 'x', 'unknown']],
  HAS_NEVER_BEEN_EQUAL_TO: [[N('HAS_NEVER_BEEN_EQUAL_TO', 1), '2', 'unknown']],
  HAS_EVER_BEEN_ANY_OF: [[E('HAS_EVER_BEEN_ANY_OF', ['a']), null, 'unknown']],
  HAS_NEVER_BEEN_ANY_OF: [[E('HAS_NEVER_BEEN_ANY_OF', ['a']), 'a', 'unknown']],
  HAS_EVER_BEEN_EXACTLY: [[E('HAS_EVER_BEEN_EXACTLY', ['a']), 'a', 'unknown']],
  HAS_EVER_CONTAINED: [[S('HAS_EVER_CONTAINED', 'x'), 'x', 'unknown']],
  HAS_NEVER_CONTAINED: [[S('HAS_NEVER_CONTAINED', 'x'), 'x', 'unknown']],
  IS_TRUE: [
    [op('BOOL', 'IS_TRUE'), 'true', 'met'],
    [op('BOOL', 'IS_TRUE'), 'false', 'not-met'],
  ],
  IS_FALSE: [
    [op('BOOL', 'IS_FALSE'), 'false', 'met'],
    [op('BOOL', 'IS_FALSE'), 'true', 'not-met'],
  ],
  UPDATED_IN_LAST: [[op('ROLLING_PROPERTY_UPDATED', 'UPDATED_IN_LAST', { numberOfDays: 3 }), 'x', 'unknown']],
  UPDATED_IN_LAST_X_DAYS: [[op('ROLLING_PROPERTY_UPDATED', 'UPDATED_IN_LAST_X_DAYS', { numberOfDays: 3 }), 'x', 'unknown']],
  NOT_UPDATED_IN_LAST_X_DAYS: [[op('ROLLING_PROPERTY_UPDATED', 'NOT_UPDATED_IN_LAST_X_DAYS', { numberOfDays: 3 }), 'x', 'unknown']],
  IS_LESS_THAN_X_DAYS_AGO: [
    [op('ROLLING_DATE_RANGE', 'IS_LESS_THAN_X_DAYS_AGO', { numberOfDays: 7 }), '2026-02-27', 'met'],
    [op('ROLLING_DATE_RANGE', 'IS_LESS_THAN_X_DAYS_AGO', { numberOfDays: 7 }), '2026-02-01', 'not-met'],
  ],
  IS_MORE_THAN_X_DAYS_AGO: [
    [op('ROLLING_DATE_RANGE', 'IS_MORE_THAN_X_DAYS_AGO', { numberOfDays: 7 }), '2026-02-01', 'met'],
    [op('ROLLING_DATE_RANGE', 'IS_MORE_THAN_X_DAYS_AGO', { numberOfDays: 7 }), '2026-03-01', 'not-met'],
  ],
  IS_LESS_THAN_X_DAYS_FROM_NOW: [
    [op('ROLLING_DATE_RANGE', 'IS_LESS_THAN_X_DAYS_FROM_NOW', { numberOfDays: 7 }), '2026-03-05', 'met'],
    [op('ROLLING_DATE_RANGE', 'IS_LESS_THAN_X_DAYS_FROM_NOW', { numberOfDays: 7 }), '2026-04-01', 'not-met'],
  ],
  IS_MORE_THAN_X_DAYS_FROM_NOW: [
    [op('ROLLING_DATE_RANGE', 'IS_MORE_THAN_X_DAYS_FROM_NOW', { numberOfDays: 7 }), '2026-04-01', 'met'],
    [op('ROLLING_DATE_RANGE', 'IS_MORE_THAN_X_DAYS_FROM_NOW', { numberOfDays: 7 }), '2026-03-05', 'not-met'],
  ],
  IN_THIS_TIME_UNIT: [
    [op('CALENDAR_DATE', 'IN_THIS_TIME_UNIT', { timeUnit: 'MONTH' }), '2026-03-31', 'met'],
    [op('CALENDAR_DATE', 'IN_THIS_TIME_UNIT', { timeUnit: 'WEEK' }), '2026-03-01', 'unknown'],
  ],
  IN_THIS_TIME_UNIT_SO_FAR: [
    [op('CALENDAR_DATE', 'IN_THIS_TIME_UNIT_SO_FAR', { timeUnit: 'MONTH' }), '2026-03-01', 'met'],
    [op('CALENDAR_DATE', 'IN_THIS_TIME_UNIT_SO_FAR', { timeUnit: 'MONTH' }), '2026-03-20', 'not-met'],
  ],
  IN_LAST_TIME_UNIT: [
    [op('CALENDAR_DATE', 'IN_LAST_TIME_UNIT', { timeUnit: 'QUARTER' }), '2025-12-01', 'met'],
    [op('CALENDAR_DATE', 'IN_LAST_TIME_UNIT', { timeUnit: 'YEAR', useFiscalYear: true }), '2025-12-01', 'unknown'],
  ],
  IN_NEXT_TIME_UNIT: [
    [op('CALENDAR_DATE', 'IN_NEXT_TIME_UNIT', { timeUnit: 'DAY' }), '2026-03-03', 'met'],
    [op('CALENDAR_DATE', 'IN_NEXT_TIME_UNIT', { timeUnit: 'DAY' }), '2026-03-02', 'not-met'],
  ],
};

/** Operators the decoder names that are not property operations: checked where they live (evaluate.test.ts). */
const ELSEWHERE = new Set(['IN_LIST', 'NOT_IN_LIST', 'HAS_COMPLETED', 'HAS_NOT_COMPLETED']);

describe('trigger check: every operator', () => {
  it('covers every operator the decoder names (words.ts OPERATORS)', () => {
    const source = fs.readFileSync(path.join(__dirname, '../../words.ts'), 'utf8');
    const table = source.slice(source.indexOf('const OPERATORS'), source.indexOf('};', source.indexOf('const OPERATORS')));
    const named = [...table.matchAll(/^\s+([A-Z_]+):/gm)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((o) => !CASES[o] && !ELSEWHERE.has(o))).toEqual([]);
  });

  for (const [operator, cases] of Object.entries(CASES)) {
    it(operator, () => {
      for (const [operation, value, expected] of cases) {
        const e = env('UTC', { createdate: '2026-02-01' });
        const out = evaluateOperation(operation, value, e);
        expect({ operation, value, result: out.result }).toEqual({ operation, value, result: expected });
        if (expected === 'unknown') expect(out.why).toMatch(/\w+ \w+/);
      }
    });
  }

  it('no value: not met, unless the filter includes records with no value; "is unknown" met', () => {
    expect(result(S('IS_NOT_EQUAL_TO', 'Dublin'), null)).toBe('not-met');
    expect(result({ ...S('IS_NOT_EQUAL_TO', 'Dublin'), includeObjectsWithNoValueSet: true }, null)).toBe('met');
    expect(result({ ...E('IS_NONE_OF', ['lead']), includeObjectsWithNoValueSet: true }, '')).toBe('met');
    expect(result(N('IS_GREATER_THAN', 1), null)).toBe('not-met');
  });

  it('an operation without operationType is read by the shape of its value', () => {
    expect(result({ operator: 'IS_ANY_OF', values: ['lead'] }, 'lead')).toBe('met');
    expect(result({ operator: 'IS_GREATER_THAN', value: 3 }, '2')).toBe('not-met');
    expect(result({ operator: 'IS_EQUAL_TO', value: 'Dublin' }, 'dublin')).toBe('met');
    expect(result({ operator: 'IS_EQUAL_TO', value: true }, 'true')).toBe('met');
  });

  it('comparative: against another property of the contact, its default when it has none, unknown when not read', () => {
    const cmp = op('COMPARATIVE_STRING', 'IS_EQUAL_TO', { comparisonPropertyName: 'city' });
    expect(result(cmp, 'Cork', env('UTC', { city: 'cork' }))).toBe('met');
    expect(result({ ...cmp, defaultComparisonValue: 'Cork' }, 'Cork', env('UTC', { city: null }))).toBe('met');
    expect(result(cmp, 'Cork', env())).toBe('unknown');
  });

  it('time points: today with an offset, a property-referenced time; months offsets are not guessed', () => {
    const today = { timeType: 'INDEXED', zoneId: 'UTC', indexReference: { referenceType: 'TODAY' }, offset: { days: -3 } };
    expect(result(op('TIME_POINT', 'IS_AFTER', { timePoint: today }), '2026-02-28')).toBe('met'); // today Mar 2 (UTC) − 3 = Feb 27
    expect(result(op('TIME_POINT', 'IS_AFTER', { timePoint: { ...today, offset: { months: -1 } } }), '2026-02-28')).toBe('unknown');
    const ranged = op('TIME_RANGED', 'IS_BETWEEN', { lowerBoundTimePoint: { timeType: 'PROPERTY_REFERENCED', property: 'createdate', zoneId: 'UTC' }, upperBoundTimePoint: today });
    expect(result(ranged, '2026-02-10', env('UTC', { createdate: '2026-02-01T10:00:00Z' }))).toBe('met');
  });

  it('a date across a time-zone boundary: the day is the portal’s, not UTC’s', () => {
    // 2026-03-02T02:30Z is Mar 1, 21:30 in New York.
    const late = '2026-03-02T02:30:00Z';
    const onMarch1 = op('DATETIME', 'IS_EQUAL_TO', { timestamp: Date.UTC(2026, 2, 1), requiresTimeZoneConversion: false });
    expect(result(onMarch1, late, env('America/New_York'))).toBe('met');
    expect(result(onMarch1, late, env('UTC'))).toBe('not-met');
    // An instant the filter says to read in the portal's zone: 2026-03-01T03:00Z is Feb 28 in New York.
    const instant = op('DATETIME', 'IS_AFTER', { timestamp: Date.parse('2026-03-01T03:00:00Z'), requiresTimeZoneConversion: true });
    expect(result(instant, '2026-03-01', env('America/New_York'))).toBe('met');
    expect(result(instant, '2026-03-01', env('UTC'))).toBe('not-met');
    // "less than 7 days ago": today is Mar 1 in New York but Mar 2 in UTC; Feb 22 is exactly 7 days before Mar 1.
    const week = op('ROLLING_DATE_RANGE', 'IS_LESS_THAN_X_DAYS_AGO', { numberOfDays: 7 });
    expect(evaluateOperation(week, '2026-02-22T12:00:00Z', env('America/New_York'))).toEqual({ result: 'unknown', why: expect.stringContaining('exactly 7 days') });
    expect(result(week, '2026-02-22T12:00:00Z', env('UTC'))).toBe('not-met');
    expect(result(week, '2026-02-23T12:00:00Z', env('America/New_York'))).toBe('met');
    // A value at midnight UTC: a date property's day, unless the filter says the property holds instants.
    const midnight = '2026-03-02T00:00:00Z';
    expect(result(op('DATETIME', 'IS_EQUAL_TO', { timestamp: Date.UTC(2026, 2, 2), requiresTimeZoneConversion: false }), midnight, env('America/New_York'))).toBe('met');
    expect(result(op('DATETIME', 'IS_AFTER', { timestamp: Date.parse('2026-03-01T12:00:00Z'), requiresTimeZoneConversion: true }), midnight, env('America/New_York'))).toBe(
      'not-met',
    ); // Mar 1, 19:00 there
    // The value in words is on the portal's calendar too.
    expect(valueWords(late, onMarch1, { objectTypeId: '0-1', property: 'x', names: ID_AS_IS, timeZone: 'America/New_York' })).toBe('Mar 1, 2026, 9:30 PM');
    expect(valueWords(String(Date.UTC(2026, 2, 1)), onMarch1, { objectTypeId: '0-1', property: 'x', names: ID_AS_IS, timeZone: 'America/New_York' })).toBe('Mar 1, 2026');
  });

  it('values in words: options by label, owners by name or "another owner", Yes/No, numbers, no value', () => {
    const names = {
      label: (ref: { kind: string; value?: string; id?: string }) =>
        ref.kind === 'propertyValue' ? ({ lead: 'Lead', a: 'Alpha' } as Record<string, string>)[ref.value!] : ref.kind === 'owner' && ref.id === '81' ? 'Priya Raman' : undefined,
    };
    const ctx = (property: string) => ({ objectTypeId: '0-1', property, names, timeZone: 'UTC' });
    expect(valueWords('lead', E('IS_ANY_OF', ['x']), ctx('lifecyclestage'))).toBe('Lead');
    expect(valueWords('a;b', E('IS_ANY_OF', ['x']), ctx('tags'))).toBe('Alpha, b');
    expect(valueWords('81', E('IS_ANY_OF', ['x']), ctx('hubspot_owner_id'))).toBe('Priya Raman');
    expect(valueWords('99', E('IS_ANY_OF', ['x']), ctx('hubspot_owner_id'))).toBe('another owner');
    expect(valueWords('true', op('BOOL', 'IS_EQUAL_TO'), ctx('x'))).toBe('Yes');
    expect(valueWords('12500.5', N('IS_GREATER_THAN', 1), ctx('x'))).toBe('12,500.5');
    expect(valueWords(null, N('IS_GREATER_THAN', 1), ctx('x'))).toBe('no value');
  });
});
