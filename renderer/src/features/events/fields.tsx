import { Field, type FieldProps } from '../../components/form/Field';

type NumberProps = Omit<FieldProps, 'children'> & {
  value: number | null;
  onChange: (value: number | null) => void;
  min?: number;
  max?: number;
  placeholder?: string;
};

/** A whole number; empty means null (no limit) where the field allows it. */
export function NumberField({ value, onChange, min, max, placeholder, ...field }: NumberProps) {
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          className="input"
          value={value === null ? '' : String(value)}
          min={min}
          max={max}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value === '' ? null : Math.trunc(Number(e.target.value)))}
        />
      )}
    </Field>
  );
}

type TimeProps = { label: string; value: string; onChange: (value: string) => void; invalid?: boolean; testId?: string };

/**
 * A compact HH:MM input for sessions, breaks and availability windows. Plain text rather than
 * type="time": the browser's time control follows the system locale (AM/PM on some machines).
 */
export function TimeInput({ label, value, onChange, invalid = false, testId }: TimeProps) {
  return (
    <input
      type="text"
      inputMode="numeric"
      className="input ev-time"
      aria-label={label}
      aria-invalid={invalid || undefined}
      placeholder="UU:MM"
      maxLength={5}
      value={value}
      data-testid={testId}
      onChange={(e) => onChange(e.target.value)}
      onBlur={(e) => {
        // "930" or "9.30" typed quickly becomes 09:30.
        const m = /^(\d{1,2})[.:h]?(\d{2})$/.exec(e.target.value.trim());
        if (m) onChange(`${m[1]?.padStart(2, '0')}:${m[2]}`);
      }}
    />
  );
}
