import { useId, useMemo } from 'react';
import { readTypedDate, type TypedDateReading } from './readTypedDate';

/** Props of the one-field date input. */
export interface DateFieldProps {
  label: string;
  value: string;
  onChange: (typed: string) => void;
  /** article.published, YYYY-MM-DD: relative dates ("last month") resolve against it. */
  published: string;
  /** What the field holds now, in words, shown when nothing is typed. */
  currentLabel?: string;
}

/** The reading of what is typed, or null when nothing is. */
export function useTypedDate(typed: string, published: string): TypedDateReading | null {
  return useMemo(() => (typed.trim() === '' ? null : readTypedDate(typed, published)), [typed, published]);
}

/** A date typed as people write it, with what was understood (precision, EDTF) shown before anything is saved. */
export function DateField({ label, value, onChange, published, currentLabel }: DateFieldProps) {
  const id = useId();
  const reading = useTypedDate(value, published);
  return (
    <div className="curation-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        placeholder="e.g. Sept 2022, 14 March 2023, early August 2022 – ongoing"
        aria-describedby={`${id}-reading`}
        aria-invalid={reading?.ok === false ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-reading`} className="date-reading" aria-live="polite" data-testid="date-reading">
        {reading === null
          ? currentLabel ? `Now: ${currentLabel}. Type a new date to change it.` : 'Type a date.'
          : reading.ok
            ? <>Understood: <strong>{reading.label}</strong> · precision: {reading.precision} · EDTF <code>{reading.date.edtf}</code></>
            : <span className="date-reading-error">{reading.message}</span>}
      </p>
    </div>
  );
}
