import type { FoldedAction } from '../../../shared/log/folded-action';

/**
 * Who did the action, as the review's other places name them: the UPN, which the chain cards, Intune's check
 * (its "initiated by") and the CSV's first technician column use, on the row's first line; the display name, when
 * the log has one other than the UPN, small on a second line. An admin comparing a row with a card reads the same
 * address in both (before, the row showed the name alone and the card the address alone).
 */
export function TechnicianCell({ technician }: { technician: FoldedAction['technician'] }) {
  const name = technician.displayName?.trim() || null;
  const withName = name !== null && name.toLowerCase() !== technician.upn.toLowerCase();
  return (
    <div role="cell" className={withName ? 'cell technician-cell has-name' : 'cell technician-cell'} title={withName ? `${name} (${technician.upn})` : technician.upn}>
      <span className="cell-value">{technician.upn}</span>
      {withName && <span className="technician-name">{name}</span>}
    </div>
  );
}
