import { Field, type FieldProps } from './Field';

type TextProps = Omit<FieldProps, 'children'> & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date';
  multiline?: boolean;
  name?: string;
  maxLength?: number;
  placeholder?: string;
  inputClassName?: string;
};

export function TextField({
  value,
  onChange,
  type = 'text',
  multiline = false,
  name,
  maxLength,
  placeholder,
  inputClassName,
  ...field
}: TextProps) {
  return (
    <Field {...field} field={field.field ?? name}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            name={name}
            className="input textarea"
            rows={3}
            value={value}
            maxLength={maxLength}
            aria-required={field.required ? true : undefined}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            {...control}
            name={name}
            type={type}
            className={['input', inputClassName ?? ''].join(' ').trim()}
            value={value}
            maxLength={maxLength}
            placeholder={placeholder}
            aria-required={field.required ? true : undefined}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

type SelectProps = Omit<FieldProps, 'children'> & {
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  name?: string;
};

export function SelectField({ value, onChange, options, name, ...field }: SelectProps) {
  return (
    <Field {...field} field={field.field ?? name}>
      {(control) => (
        <select {...control} name={name} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
