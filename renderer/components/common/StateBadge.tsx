import type { ActionState } from '../../../shared/actions/action-summary';
import { useT } from '../../hooks/use-messages';

// Each state has a colour AND a glyph and its name, so it never rests on colour alone.
const glyphs: Record<ActionState, string> = {
  requested: '○',
  refused: '⊘',
  accepted: '◔',
  unknown: '?',
  pending: '◑',
  active: '◕',
  done: '✓',
  failed: '✕',
  notSupported: '⊘',
  canceled: '–',
  unresolved: '‽',
  closed: '⊡',
};

export function StateBadge({ state }: { state: ActionState }) {
  const t = useT();
  return (
    <span className={`state-badge state-${state}`} title={t.stateHints[state]}>
      <span aria-hidden="true" className="state-glyph">
        {glyphs[state]}
      </span>
      {t.states[state]}
    </span>
  );
}

/** A state string from Graph's audits, which may be one we do not know. */
export function isActionState(value: string): value is ActionState {
  return value in glyphs;
}
