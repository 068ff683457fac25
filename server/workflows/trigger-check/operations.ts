/**
 * One property filter's operation against the contact's value: met, not met, or unknown with why.
 * The operation types and operators are the ones HubSpot's filter model defines (automation-v4.json
 * Public*Operation; the operator lists are spelt out in crm-lists-2026-03.json, the same filter model):
 *   ALL_PROPERTY IS_KNOWN/IS_UNKNOWN · STRING/MULTISTRING equal, contains, starts/ends with · ENUMERATION any/none/
 *   exactly/contains all · NUMBER comparisons · NUMBER_RANGED/RANGED_DATE between · BOOL · DATE/DATETIME before/after/on ·
 *   ROLLING_DATE_RANGE x days ago/from now · CALENDAR_DATE this/last/next unit · TIME_POINT/TIME_RANGED ·
 *   COMPARATIVE_DATE/COMPARATIVE_STRING against another property.
 * History operators (HAS_EVER_…, UPDATED_IN_LAST…, COMPARATIVE_PROPERTY_UPDATED) need the property's history,
 * which the app does not read: unknown. Text compares without regard to case, as HubSpot's filters do
 * (HubSpot's knowledge base: "filters are not case-sensitive").
 */
import { isObj, str, type Json } from '../read';
import { dateOperation } from './date-operations';
import { between, compare, comparative, met, unknown, unsupported, type OperationEnv, type Outcome } from './outcome';

export type { OperationEnv, Outcome } from './outcome';
const HISTORY = "It depends on this property's past values, which HubSpot does not share with the app.";

const lower = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v).trim().toLowerCase() : '');
const valuesOf = (op: Json): string[] => [...(Array.isArray(op.values) ? op.values : []), ...(op.value !== undefined ? [op.value] : [])].map(lower);
/** A multiple checkboxes value is "a;b;c" in HubSpot's API. */
const parts = (raw: string) => raw.split(';').map(lower).filter(Boolean);

export function evaluateOperation(operation: unknown, raw: string | null, env: OperationEnv): Outcome {
  if (!isObj(operation)) return unknown('The app cannot read this criterion.');
  const op = operation;
  const operator = str(op.operator)?.toUpperCase() ?? '';
  const type = operationType(op);
  const value = raw === null || raw.trim() === '' ? null : raw.trim();

  if (operator === 'IS_KNOWN' || operator === 'HAS_PROPERTY') return met(value !== null);
  if (operator === 'IS_UNKNOWN' || operator === 'NOT_HAS_PROPERTY') return met(value === null);
  if (/^HAS_(EVER|NEVER)_/.test(operator) || /UPDATED_IN_LAST/.test(operator) || type === 'COMPARATIVE_PROPERTY_UPDATED' || type === 'ROLLING_PROPERTY_UPDATED')
    return unknown(HISTORY);
  // No value: only "is unknown" and operations that include records without a value can be met.
  if (value === null) return met(op.includeObjectsWithNoValueSet === true);

  switch (type) {
    case 'STRING':
    case 'MULTISTRING':
      return text(operator, lower(value), valuesOf(op));
    case 'ENUMERATION':
      return enumeration(operator, parts(value), valuesOf(op));
    case 'BOOL':
      return boolean(operator, lower(value), lower(op.value));
    case 'NUMBER':
      return number(operator, Number(value), Number(op.value));
    case 'NUMBER_RANGED':
      return between(operator, Number(value), Number(op.lowerBound), Number(op.upperBound));
    case 'COMPARATIVE_STRING':
      return comparative(op, env, (other) => text(operator, lower(value), [lower(other)]));
    default:
      return dateOperation(type, operator, op, value, env);
  }
}

function text(operator: string, v: string, targets: string[]): Outcome {
  if (!targets.length) return unknown('This criterion has no value to compare with.');
  switch (operator) {
    case 'IS_EQUAL_TO':
    case 'EQ':
    case 'CONTAINS_EXACTLY':
      return met(targets.includes(v));
    case 'IS_NOT_EQUAL_TO':
    case 'NEQ':
    case 'DOES_NOT_CONTAIN_EXACTLY':
      return met(!targets.includes(v));
    case 'CONTAINS':
      return met(targets.some((t) => v.includes(t)));
    case 'DOES_NOT_CONTAIN':
      return met(!targets.some((t) => v.includes(t)));
    case 'STARTS_WITH':
      return met(targets.some((t) => v.startsWith(t)));
    case 'ENDS_WITH':
      return met(targets.some((t) => v.endsWith(t)));
    default:
      return unsupported(operator);
  }
}

function enumeration(operator: string, chosen: string[], targets: string[]): Outcome {
  const has = (t: string) => chosen.includes(t);
  const same = chosen.length === targets.length && targets.every(has);
  switch (operator) {
    case 'IS_ANY_OF':
    case 'IS_EQUAL_TO':
    case 'EQ':
      return met(targets.some(has));
    case 'IS_NONE_OF':
    case 'IS_NOT_EQUAL_TO':
    case 'NEQ':
      return met(!targets.some(has));
    case 'IS_EXACTLY':
      return met(same);
    case 'IS_NOT_EXACTLY':
      return met(!same);
    case 'CONTAINS_ALL':
      return met(targets.every(has));
    case 'DOES_NOT_CONTAIN_ALL':
      return met(!targets.every(has));
    default:
      return unsupported(operator);
  }
}

function boolean(operator: string, v: string, target: string): Outcome {
  if (operator === 'IS_TRUE') return met(v === 'true');
  if (operator === 'IS_FALSE') return met(v === 'false');
  if (operator === 'IS_EQUAL_TO' || operator === 'EQ') return met(v === target);
  if (operator === 'IS_NOT_EQUAL_TO' || operator === 'NEQ') return met(v !== target);
  return unsupported(operator);
}

function number(operator: string, v: number, target: number): Outcome {
  if (!Number.isFinite(v)) return unknown("The contact's value is not a number.");
  if (!Number.isFinite(target)) return unknown('This criterion has no number to compare with.');
  const cmp = compare(operator, v, target);
  return cmp ?? unsupported(operator);
}

/**
 * The operation's type (`operationType`; TIME_POINT/TIME_RANGED also carry `type`). An operation written
 * without one (hand-written or older flows) is read by the shape of its value: values → options, a number,
 * a Yes/No, else text.
 */
export function operationType(op: Json): string {
  const named = str(op.operationType) ?? str(op.type);
  if (named) return named.toUpperCase();
  if (Array.isArray(op.values)) return 'ENUMERATION';
  if (typeof op.value === 'number') return 'NUMBER';
  if (typeof op.value === 'boolean') return 'BOOL';
  if (op.lowerBound !== undefined && op.upperBound !== undefined) return 'NUMBER_RANGED';
  return 'STRING';
}
