import { useState } from 'react';
import type { SettingsReset } from '../../../shared/settings/settings-reset';
import { useT } from '../../hooks/use-messages';
import type { Messages } from '../../i18n/messages';
import { useStore } from '../../store/store';

function why(reset: SettingsReset, words: Messages['settings']['reset']): string {
  switch (reset.cause) {
    case 'notJson':
      return words.notJson;
    case 'invalidValue':
      return words.invalidValue(reset.detail);
    case 'unreadable':
      return words.unreadable(reset.detail);
  }
}

/**
 * Said once under the header when the saved settings could not be used at
 * start-up: the app runs on defaults (maybe the demo tenant instead of the
 * organisation's), and the technician would otherwise not know why.
 */
export function SettingsResetNotice() {
  const t = useT();
  const reset = useStore((s) => s.appInfo?.settingsReset ?? null);
  const setSettingsOpen = useStore((s) => s.setSettingsOpen);
  const [dismissed, setDismissed] = useState(false);
  if (!reset || dismissed) return null;
  const words = t.settings.reset;
  return (
    <div className="notice notice-warning settings-reset-notice" role="alert">
      <p className="notice-title">{words.title}</p>
      <p>{why(reset, words)}</p>
      {reset.keptAs === null ? (
        <p>{words.notKept}</p>
      ) : (
        <p>
          {words.keptAs} <code className="selectable">{reset.keptAs}</code>
        </p>
      )}
      <p>{words.whatToDo}</p>
      <div className="notice-actions">
        <button type="button" onClick={() => setSettingsOpen(true)}>
          {words.open}
        </button>
        <button type="button" className="button-quiet" onClick={() => setDismissed(true)}>
          {words.dismiss}
        </button>
      </div>
    </div>
  );
}
