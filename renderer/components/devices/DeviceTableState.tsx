import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { isQueryEmpty } from '../../store/device-query';
import { ErrorText } from '../common/ErrorText';

/** What the table says when it has no row to show: loading, failed, empty fleet, or no match. */
export function DeviceTableState() {
  const t = useT();
  const load = useStore((s) => s.deviceLoad);
  const count = useStore((s) => s.results.length);
  const fleetSize = useStore((s) => s.fleet.size);
  const queryEmpty = useStore((s) => isQueryEmpty(s.query));
  const loadDevices = useStore((s) => s.loadDevices);
  const clearQuery = useStore((s) => s.clearQuery);

  // With part of the list loaded, the toolbar says so (see DeviceToolbar) and the rows stay usable.
  if (load.status === 'error' && load.error && fleetSize === 0) {
    return (
      <div className="table-state" role="alert">
        <ErrorText error={load.error} title={t.devices.loadFailed} />
        <button type="button" className="button" onClick={() => void loadDevices()}>
          {t.common.retry}
        </button>
      </div>
    );
  }
  if (count > 0 || load.status === 'error') return null;
  if (load.status === 'loading' || load.status === 'idle') {
    return (
      <div className="table-state muted">
        <span className="spinner" aria-hidden="true" /> {t.devices.notLoaded}
      </div>
    );
  }
  if (fleetSize === 0) return <div className="table-state muted">{t.devices.empty}</div>;
  return (
    <div className="table-state">
      <p className="muted">{t.devices.noMatch}</p>
      {!queryEmpty && (
        <button type="button" className="button" onClick={clearQuery}>
          {t.devices.clearSearch}
        </button>
      )}
    </div>
  );
}
