/** The toolbar's faults form: latency and 429/5xx rates the emulated portal injects into HubSpot answers. */
import type { Faults } from './api';

/** The form's fields as typed: latency in ms, rates in percent. */
export interface FaultForm {
  latencyMs: string;
  rate429: string;
  rate5xx: string;
}

export const NO_FAULTS: FaultForm = { latencyMs: '0', rate429: '0', rate5xx: '0' };

/** The form's fields for the portal's current faults (rates shown in percent). */
export function faultFormOf(f: Faults): FaultForm {
  return { latencyMs: String(f.latencyMs ?? 0), rate429: String(Math.round((f.rate429 ?? 0) * 100)), rate5xx: String(Math.round((f.rate5xx ?? 0) * 100)) };
}

/** Faults are "on" (the form is highlighted) when any of them is set. */
export function faultsOn(faults: Faults | null): boolean {
  return !!faults && (faults.latencyMs > 0 || faults.rate429 > 0 || faults.rate5xx > 0);
}

export function FaultsPanel({ form, onChange, on, onApply }: { form: FaultForm; onChange: (form: FaultForm) => void; on: boolean; onApply: (form: FaultForm) => void }) {
  return (
    <form
      className={`wb-faults${on ? ' wb-faults--on' : ''}`}
      aria-label="Faults"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(form);
      }}
    >
      <span className="wb-faults__title">Faults</span>
      <label>
        latency ms
        <input data-testid="fault-latency" type="number" min={0} step={50} value={form.latencyMs} onChange={(e) => onChange({ ...form, latencyMs: e.target.value })} />
      </label>
      <label>
        % 429
        <input data-testid="fault-429" type="number" min={0} max={100} value={form.rate429} onChange={(e) => onChange({ ...form, rate429: e.target.value })} />
      </label>
      <label>
        % 5xx
        <input data-testid="fault-5xx" type="number" min={0} max={100} value={form.rate5xx} onChange={(e) => onChange({ ...form, rate5xx: e.target.value })} />
      </label>
      <button type="submit" data-testid="fault-apply">
        Apply
      </button>
      <button
        type="button"
        data-testid="fault-clear"
        onClick={() => {
          const cleared = { ...NO_FAULTS };
          onChange(cleared);
          onApply(cleared);
        }}
      >
        Clear
      </button>
    </form>
  );
}
