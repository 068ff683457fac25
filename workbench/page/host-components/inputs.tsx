import { useEffect, useId, useState, type ReactNode } from 'react';
import { extensionEvent } from './overlay';
import { cx, fire } from './util';

interface FieldProps {
  label?: string;
  name?: string;
  required?: boolean;
  readOnly?: boolean;
  description?: string;
  tooltip?: string;
  placeholder?: string;
  error?: boolean;
  validationMessage?: string;
  testId?: string;
}

export function Field({ id, label, required, description, tooltip, error, validationMessage, children }: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div className={cx('hs-field', error && 'hs-field--error')}>
      {label ? (
        <label className="hs-field__label" htmlFor={id}>
          {label}
          {required ? <span className="hs-field__required"> *</span> : null}
          {tooltip ? (
            <span className="hs-field__tooltip" title={tooltip}>
              {' '}
              ⓘ
            </span>
          ) : null}
        </label>
      ) : null}
      {description ? <div className="hs-field__description">{description}</div> : null}
      {children}
      {validationMessage ? <div className={cx('hs-field__message', error && 'hs-field__message--error')}>{validationMessage}</div> : null}
    </div>
  );
}

/** Text value shown while typing, re-synced when the card sends a new `value`. */
function useLocalValue(value: unknown, defaultValue: unknown) {
  const [local, setLocal] = useState<string>(value != null ? String(value) : defaultValue != null ? String(defaultValue) : '');
  useEffect(() => {
    if (value !== undefined) setLocal(value == null ? '' : String(value));
  }, [value]);
  return [local, setLocal] as const;
}

interface TextInputProps extends FieldProps {
  value?: string;
  defaultValue?: string;
  type?: 'text' | 'password' | 'search';
  onChange?: unknown;
  onInput?: unknown;
  onBlur?: unknown;
  onFocus?: unknown;
  clearable?: boolean;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
}

/**
 * HubSpot semantics: `onInput(value)` on every keystroke, `onChange(value)` when the value is committed
 * (blur, Enter, clear), `onBlur(value)`, `onFocus(value)`.
 */
function TextField(props: TextInputProps & { kind: string }) {
  const id = useId();
  const [local, setLocal] = useLocalValue(props.value, props.defaultValue);
  const common = {
    id,
    name: props.name,
    value: local,
    placeholder: props.placeholder,
    readOnly: props.readOnly,
    required: props.required,
    'aria-invalid': props.error || undefined,
    'data-testid': props.testId,
    onChange: (e: { target: { value: string } }) => {
      setLocal(e.target.value);
      fire(props.onInput, e.target.value);
    },
    onBlur: () => {
      fire(props.onChange, local);
      fire(props.onBlur, local);
    },
    onFocus: () => fire(props.onFocus, local),
  };
  return (
    <Field {...props} id={id}>
      <div className={cx('hs-input-wrap', `hs-input-wrap--${props.kind}`)}>
        {props.kind === 'search' ? (
          <span className="hs-input__icon" aria-hidden="true">
            ⌕
          </span>
        ) : null}
        {props.multiline ? (
          <textarea className="hs-input hs-input--textarea" rows={props.rows ?? 3} maxLength={props.maxLength} {...common} />
        ) : (
          <input
            className={cx('hs-input', props.kind === 'search' && 'hs-input--search')}
            type={props.type === 'password' ? 'password' : props.kind === 'search' ? 'search' : 'text'}
            {...common}
            onKeyDown={(e) => {
              if (e.key === 'Enter') fire(props.onChange, local);
            }}
          />
        )}
        {props.kind === 'search' && props.clearable !== false && local ? (
          <button
            type="button"
            className="hs-input__clear"
            aria-label="Clear search"
            onClick={() => {
              setLocal('');
              fire(props.onInput, '');
              fire(props.onChange, '');
            }}
          >
            ×
          </button>
        ) : null}
      </div>
    </Field>
  );
}

export const Input = (props: TextInputProps) => <TextField {...props} kind="text" />;
export const TextArea = (props: TextInputProps) => <TextField {...props} kind="textarea" multiline />;
export const SearchInput = (props: TextInputProps) => <TextField {...props} kind="search" />;

interface SelectProps extends FieldProps {
  value?: string | number | boolean;
  options?: { label: string; value: string | number | boolean }[];
  onChange?: unknown;
  variant?: 'transparent' | 'input';
}

/** `onChange(value)` with the option's own value (string, number or boolean), as HubSpot does. */
export function Select(props: SelectProps) {
  const id = useId();
  const options = props.options ?? [];
  const [selected, setSelected] = useState<number>(() => options.findIndex((o) => o.value === props.value));
  useEffect(() => {
    if (props.value !== undefined) setSelected(options.findIndex((o) => o.value === props.value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.value, JSON.stringify(options)]);
  return (
    <Field {...props} id={id}>
      <select
        id={id}
        name={props.name}
        className={cx('hs-select', props.variant === 'transparent' && 'hs-select--transparent')}
        value={selected >= 0 ? String(selected) : ''}
        disabled={props.readOnly}
        required={props.required}
        aria-invalid={props.error || undefined}
        data-testid={props.testId}
        onChange={(e) => {
          const i = Number(e.target.value);
          setSelected(i);
          if (options[i]) fire(props.onChange, options[i].value);
        }}
      >
        <option value="" disabled>
          {props.placeholder ?? 'Select an option'}
        </option>
        {options.map((o, i) => (
          <option key={i} value={String(i)}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function Checkbox({
  children,
  checked,
  initialIsChecked,
  name,
  value,
  readOnly,
  onChange,
  testId,
}: {
  children?: ReactNode;
  checked?: boolean;
  initialIsChecked?: boolean;
  name?: string;
  value?: string;
  readOnly?: boolean;
  onChange?: unknown;
  testId?: string;
}) {
  const [local, setLocal] = useState(!!(checked ?? initialIsChecked));
  useEffect(() => {
    if (checked !== undefined) setLocal(checked);
  }, [checked]);
  return (
    <label className="hs-checkbox">
      <input
        type="checkbox"
        name={name}
        value={value}
        checked={local}
        disabled={readOnly}
        data-testid={testId}
        onChange={(e) => {
          setLocal(e.target.checked);
          fire(onChange, e.target.checked, value);
        }}
      />
      <span>{children}</span>
    </label>
  );
}

export function Form({ children, onSubmit, testId }: { children?: ReactNode; onSubmit?: unknown; preventDefault?: boolean; testId?: string }) {
  return (
    <form
      className="hs-form"
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        fire(onSubmit, { ...extensionEvent('submit'), targetValue: Object.fromEntries(new FormData(e.currentTarget) as unknown as Iterable<[string, string]>) });
      }}
    >
      {children}
    </form>
  );
}
