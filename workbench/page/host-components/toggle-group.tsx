import { useEffect, useId, useState } from 'react';
import { Field } from './inputs';
import { cx, fire } from './util';

interface ToggleGroupOption {
  label: string;
  value: string;
  initialIsChecked?: boolean;
  readonly?: boolean;
  readOnly?: boolean;
  description?: string;
}

interface ToggleGroupProps {
  toggleType?: 'checkboxList' | 'radioButtonList';
  name: string;
  label: string;
  options?: ToggleGroupOption[];
  value?: string | string[];
  onChange?: unknown;
  inline?: boolean;
  required?: boolean;
  tooltip?: string;
  error?: boolean;
  validationMessage?: string;
  testId?: string;
}

const initial = (props: ToggleGroupProps): string[] => {
  if (props.value !== undefined) return Array.isArray(props.value) ? props.value : props.value === '' ? [] : [props.value];
  return (props.options ?? []).filter((o) => o.initialIsChecked).map((o) => o.value);
};

/**
 * HubSpot's ToggleGroup: a labelled list of checkboxes (default) or radio buttons. Each option may
 * carry a description under its label and be `readOnly` (shown, not selectable). `onChange` passes the
 * selected value (radio) or every checked value (checkboxes), as HubSpot does.
 */
export function ToggleGroup(props: ToggleGroupProps) {
  const id = useId();
  const radio = props.toggleType === 'radioButtonList';
  const [checked, setChecked] = useState<string[]>(() => initial(props));
  const valueKey = props.value === undefined ? undefined : JSON.stringify(props.value);
  useEffect(() => {
    if (valueKey !== undefined) setChecked(initial({ ...props, value: JSON.parse(valueKey) as string | string[] }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [valueKey]);
  const toggle = (option: ToggleGroupOption, on: boolean) => {
    const next = radio ? [option.value] : on ? [...checked, option.value] : checked.filter((v) => v !== option.value);
    setChecked(next);
    if (radio) fire(props.onChange, option.value);
    else fire(props.onChange, next);
  };
  return (
    <Field label={props.label} required={props.required} tooltip={props.tooltip} error={props.error} validationMessage={props.validationMessage} id={id}>
      <div role={radio ? 'radiogroup' : 'group'} aria-label={props.label} className={cx('hs-toggle-group', props.inline && 'hs-toggle-group--inline')} data-testid={props.testId}>
        {(props.options ?? []).map((o) => {
          const disabled = !!(o.readOnly ?? o.readonly);
          return (
            <label key={o.value} className={cx('hs-toggle-option', disabled && 'hs-toggle-option--disabled')}>
              <input
                type={radio ? 'radio' : 'checkbox'}
                name={props.name}
                value={o.value}
                checked={checked.includes(o.value)}
                disabled={disabled}
                onChange={(e) => {
                  if (!disabled) toggle(o, e.target.checked);
                }}
              />
              <span className="hs-toggle-option__text">
                <span className="hs-toggle-option__label">{o.label}</span>
                {o.description ? <span className="hs-toggle-option__description">{o.description}</span> : null}
              </span>
            </label>
          );
        })}
      </div>
    </Field>
  );
}
