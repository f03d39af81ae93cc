import { useT } from '../../hooks/use-messages';

/** Beside a control the organisation's policy sets: says why it cannot be changed. */
export function LockedMark({ id }: { id?: string }) {
  const t = useT();
  return (
    <span className="locked-mark" id={id}>
      {t.organisation.setByOrganisation}
    </span>
  );
}
