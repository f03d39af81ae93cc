import { actionStates } from '../../../shared/actions/action-summary';
import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import type { ActionFilterState } from '../../store/action-list';

export function ActionsFilter() {
  const t = useT();
  const filter = useStore((s) => s.actionFilter);
  const setFilter = useStore((s) => s.setActionFilter);
  return (
    <div className="actions-filter">
      <select aria-label={t.actions.filterState} value={filter.state} onChange={(e) => setFilter({ state: e.target.value as ActionFilterState['state'] })}>
        <option value="all">{t.actions.filterStateAll}</option>
        {actionStates.map((state) => (
          <option key={state} value={state}>
            {t.states[state]}
          </option>
        ))}
      </select>
      <input
        type="search"
        aria-label={t.actions.filterText}
        placeholder={t.actions.filterTextPlaceholder}
        value={filter.text}
        onChange={(e) => setFilter({ text: e.target.value })}
      />
    </div>
  );
}
