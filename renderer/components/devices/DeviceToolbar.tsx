import { useFormat, useT } from '../../hooks/use-messages';
import { platformFamilies } from '../../store/device-query';
import type { DeviceLoad } from '../../store/device-load';
import { useStore } from '../../store/store';
import { ErrorText } from '../common/ErrorText';
import { searchBoxId } from '../shell/use-global-shortcuts';

export function DeviceToolbar() {
  const t = useT();
  const format = useFormat();
  const query = useStore((s) => s.query);
  const shown = useStore((s) => s.results.length);
  // The fleet's size as of the shown rows, not the fleet as it grows between refreshes (fleet.ts).
  const total = useStore((s) => s.results.outOf);
  const load = useStore((s) => s.deviceLoad);
  const setSearchText = useStore((s) => s.setSearchText);
  const setFamily = useStore((s) => s.setFamily);
  const setEligibleOnly = useStore((s) => s.setEligibleOnly);
  const loadDevices = useStore((s) => s.loadDevices);

  const loading = load.status === 'loading';
  const progressText = progressLine(t, format, load);
  const all = t.devices.countAll(total, format.number(total));
  const widestOf = t.devices.countOf(format.number(total), format.number(total));
  // The widest the count gets for this fleet ("2,500 of 2,500 devices"): its room is kept while the technician
  // types, so the count's changing text never moves the search box or the filters (devices.css). Below 1400 px
  // the word "devices" of "46 of 2,500 devices" is for screen readers only, and the room is the narrow one's.
  const countRoom = `${widestOf}${t.devices.countOfUnit}`;
  const countRoomNarrow = widestOf.length >= all.length ? widestOf : all;

  return (
    <div className="device-toolbar">
      <div className="toolbar-row">
        <input
          id={searchBoxId}
          type="search"
          className="search-box"
          aria-label={t.devices.searchLabel}
          placeholder={t.devices.searchPlaceholder}
          title={t.devices.searchShortcut}
          aria-keyshortcuts="/"
          value={query.text}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setSearchText(e.target.value)}
          onKeyDown={(e) => {
            // From the search box, Down goes straight into the results.
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              document.getElementById('device-grid')?.focus();
              useStore.getState().moveSelection(1);
            }
          }}
        />
        <div className="segmented" role="group" aria-label={t.devices.platformFilter}>
          {platformFamilies.map((family) => (
            <button
              key={family}
              type="button"
              aria-pressed={query.family === family}
              className="segment"
              onClick={() => setFamily(family)}
            >
              {t.devices.families[family]}
            </button>
          ))}
        </div>
        <label className="choice">
          <input type="checkbox" checked={query.eligibleOnly} onChange={(e) => setEligibleOnly(e.target.checked)} />
          {t.devices.eligibleOnly}
        </label>
        <span className="toolbar-spacer" />
        <span className="device-count" aria-live="polite" data-room={countRoom} data-room-narrow={countRoomNarrow}>
          {shown === total ? (
            all
          ) : (
            // One box for the text: the count is a flex column (its room is the line below), so the word must not be an item of its own.
            <span className="count-text">
              {t.devices.countOf(format.number(shown), format.number(total))}
              <span className="count-unit">{t.devices.countOfUnit}</span>
            </span>
          )}
        </span>
        <button type="button" className="button-quiet" disabled={loading} onClick={() => void loadDevices()}>
          {t.devices.reload}
        </button>
      </div>
      {load.lastSession !== null && (
        <p className={`toolbar-notice${load.status === 'error' ? ' is-stale' : ''}`} role="status" data-last-session={load.lastSession.savedAt}>
          {(load.status === 'error' ? t.devices.lastSessionStale : t.devices.lastSession)(format.dateTime(load.lastSession.savedAt) ?? load.lastSession.savedAt)}
        </p>
      )}
      {load.status === 'error' && load.error && total > 0 && (
        <div className="toolbar-problem" role="alert">
          <ErrorText error={load.error} title={t.devices.loadStopped(format.number(total))} />
          <button type="button" className="button" onClick={() => void loadDevices()}>
            {t.common.retry}
          </button>
        </div>
      )}
      {loading && (
        <div
          className="progress"
          role="progressbar"
          aria-label={t.devices.progressLabel}
          aria-valuetext={progressText}
          {...(load.total !== null && { 'aria-valuenow': load.loaded, 'aria-valuemin': 0, 'aria-valuemax': load.total })}
        >
          {load.total === null ? (
            <div className="progress-bar" />
          ) : (
            <div className="progress-bar is-known" style={{ transform: `scaleX(${load.total === 0 ? 1 : Math.min(1, load.loaded / load.total)})` }} />
          )}
          <span className="progress-text">{progressText}</span>
        </div>
      )}
    </div>
  );
}

/** "N of M" when Intune told the list's size, else "N so far"; worded for the fresh list behind a saved one. */
function progressLine(t: ReturnType<typeof useT>, format: ReturnType<typeof useFormat>, load: DeviceLoad): string {
  const loaded = format.number(load.loaded);
  const refreshing = load.lastSession !== null;
  if (load.total === null) return (refreshing ? t.devices.refreshProgress : t.devices.loadingProgress)(loaded);
  return (refreshing ? t.devices.refreshProgressOf : t.devices.loadingProgressOf)(loaded, format.number(load.total));
}
