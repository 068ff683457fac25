/** What one criterion comes to, and the comparisons the property and date operations share. */
import { str, type Json } from '../read';
import type { CheckResult } from './types';

export interface Outcome {
  result: CheckResult;
  why?: string;
}

export interface OperationEnv {
  now: number;
  timeZone: string;
  /** Another property of the contact (comparative operations); undefined when not read. */
  other(property: string): string | null | undefined;
}

export const met = (ok: boolean): Outcome => ({ result: ok ? 'met' : 'not-met' });
export const unknown = (why: string): Outcome => ({ result: 'unknown', why });

/** The ordering operators, shared by numbers and days. */
export function compare<T extends number | string>(operator: string, v: T, target: T): Outcome | undefined {
  switch (operator) {
    case 'IS_EQUAL_TO':
    case 'EQ':
      return met(v === target);
    case 'IS_NOT_EQUAL_TO':
    case 'NEQ':
      return met(v !== target);
    case 'IS_GREATER_THAN':
    case 'IS_AFTER':
    case 'IS_AFTER_DATE':
      return met(v > target);
    case 'IS_GREATER_THAN_OR_EQUAL_TO':
      return met(v >= target);
    case 'IS_LESS_THAN':
    case 'IS_BEFORE':
    case 'IS_BEFORE_DATE':
      return met(v < target);
    case 'IS_LESS_THAN_OR_EQUAL_TO':
      return met(v <= target);
    default:
      return undefined;
  }
}

/** Bounds included, as HubSpot's "is between" reads in the editor. */
export function between<T extends number | string>(operator: string, v: T | number, lo: T | number, hi: T | number): Outcome {
  if ([v, lo, hi].some((x) => typeof x === 'number' && !Number.isFinite(x))) return unknown('The app cannot read the range of this criterion.');
  const inside = v >= lo && v <= hi;
  if (operator === 'IS_BETWEEN') return met(inside);
  if (operator === 'IS_NOT_BETWEEN') return met(!inside);
  return unsupported(operator);
}

export function comparative(op: Json, env: OperationEnv, then: (other: string) => Outcome): Outcome {
  const name = str(op.comparisonPropertyName);
  const other = name ? env.other(name) : undefined;
  if (other === undefined) return unknown('The app could not read the property this one is compared with.');
  if (other === null || other.trim() === '') {
    const fallback = str(op.defaultComparisonValue);
    return fallback === undefined ? met(op.includeObjectsWithNoValueSet === true) : then(fallback);
  }
  return then(other);
}

export function unsupported(operator: string): Outcome {
  return unknown(`The app does not check "${operator.toLowerCase().replace(/_/g, ' ')}" criteria yet.`);
}
