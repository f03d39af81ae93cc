import { useEffect, useRef, useState } from 'react';
import type { ActionState } from '../../../shared/actions/action-summary';
import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';

/** Says each state change of this session's actions to screen readers, so no one has to watch the badge. */
export function ActionAnnouncer() {
  const t = useT();
  const actions = useStore((s) => s.actions);
  const seen = useRef(new Map<string, ActionState>());
  const [message, setMessage] = useState('');

  useEffect(() => {
    for (const action of actions) {
      const before = seen.current.get(action.actionId);
      if (action.origin === 'session' && before !== undefined && before !== action.state) {
        setMessage(t.actions.live(action.deviceName, t.states[action.state]));
      }
      seen.current.set(action.actionId, action.state);
    }
  }, [actions, t]);

  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {message}
    </p>
  );
}
