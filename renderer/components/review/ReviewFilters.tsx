import { foldedStates } from '../../../shared/log/folded-action';
import { remoteActionKinds } from '../../../shared/remote-actions/remote-action';
import { useT } from '../../hooks/use-messages';
import type { ReviewFilterForm } from '../../store/review-filter';
import { DateField } from './DateField';
import { useStore } from '../../store/store';

export function ReviewFilters() {
  const t = useT();
  const filter = useStore((s) => s.reviewFilter);
  const setFilter = useStore((s) => s.setReviewFilter);
  const clear = useStore((s) => s.clearReviewFilter);

  const text = (key: 'technician' | 'device' | 'ticket', label: string) => (
    <label className="filter-field">
      <span>{label}</span>
      <input type="search" value={filter[key]} onChange={(e) => setFilter({ [key]: e.target.value })} />
    </label>
  );
  const date = (key: 'from' | 'to', label: string) => <DateField label={label} value={filter[key]} onChange={(day) => setFilter({ [key]: day })} />;

  return (
    <fieldset className="review-filters">
      <legend className="visually-hidden">{t.review.filtersTitle}</legend>
      {text('technician', t.review.technician)}
      {text('device', t.review.device)}
      <label className="filter-field">
        <span>{t.review.state}</span>
        <select value={filter.state} onChange={(e) => setFilter({ state: e.target.value as ReviewFilterForm['state'] })}>
          <option value="all">{t.review.stateAll}</option>
          {foldedStates.map((state) => (
            <option key={state} value={state}>
              {t.states[state]}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span>{t.review.action}</span>
        <select value={filter.action} onChange={(e) => setFilter({ action: e.target.value as ReviewFilterForm['action'] })}>
          <option value="all">{t.review.actionAll}</option>
          {remoteActionKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t.actions.kinds[kind]}
            </option>
          ))}
        </select>
      </label>
      {text('ticket', t.review.ticket)}
      <div className="filter-dates">
        {date('from', t.review.from)}
        {date('to', t.review.to)}
      </div>
      {filter.from !== '' && filter.to !== '' && filter.from > filter.to && (
        <p className="field-problem filter-problem" role="alert">
          {t.review.datesReversed}
        </p>
      )}
      <button type="button" className="button-quiet" onClick={clear}>
        {t.review.clearFilters}
      </button>
    </fieldset>
  );
}
