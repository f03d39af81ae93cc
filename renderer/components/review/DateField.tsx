import { useId, useState } from 'react';
import { useFormat, useT } from '../../hooks/use-messages';
import { dateOrder, formatDay, parseDay } from './date-text';

/**
 * A review filter date written the shown language's way (gg/mm/aaaa in
 * Italian), not Chromium's, which follows the OS (date-text.ts). The store
 * keeps YYYY-MM-DD; a text that is not a day filters nothing and says how to write it.
 */
export function DateField({ label, value, onChange }: { label: string; value: string; onChange(isoDay: string): void }) {
  const t = useT();
  const order = dateOrder(useFormat().locale);
  const pattern = order.parts.map((part) => t.review.dateLetters[part]).join(order.separator);
  const orderKey = order.parts.join(order.separator);
  const [text, setText] = useState(() => formatDay(value, order));
  const [seen, setSeen] = useState({ value, orderKey });
  const problemId = useId();
  const inputId = useId();
  // Follow the store when it changes from elsewhere (Clear filters), and rewrite the day when the language changes the order;
  // a half-typed or mistyped text the store does not hold is left for the admin to finish.
  if (seen.value !== value || seen.orderKey !== orderKey) {
    if (seen.orderKey !== orderKey || (parseDay(text, order) ?? '') !== value) setText(formatDay(value, order));
    setSeen({ value, orderKey });
  }
  const invalid = parseDay(text, order) === null;
  return (
    // The problem sits beside the label, not in it, so the field's name stays "Dal" / "From".
    <div className="filter-field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="text"
        inputMode="numeric"
        className="date-text"
        placeholder={pattern}
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? problemId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const day = parseDay(e.target.value, order);
          onChange(day ?? '');
        }}
      />
      {invalid && (
        <span id={problemId} className="field-problem filter-problem" role="alert">
          {t.review.dateInvalid(pattern)}
        </span>
      )}
    </div>
  );
}
