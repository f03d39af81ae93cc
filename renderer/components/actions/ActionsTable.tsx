import type { ReactNode } from 'react';
import type { AppError } from '../../../shared/result';
import { useFormat } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { ErrorText } from '../common/ErrorText';

/**
 * What the two action lists draw alike (the technician's own actions, and every
 * passcode action in the tenant from Graph's audit): the table with its
 * headings, the moment an action was asked for, the device as a link that
 * opens it, and a list that could not be loaded. Each list keeps its own rows,
 * columns and words.
 */
export function ActionsTable({ headings, children }: { headings: readonly ReactNode[]; children: ReactNode }) {
  return (
    <table className="data-table actions-table">
      <thead>
        <tr>
          {headings.map((heading, column) => (
            <th key={column} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** When the action was asked for, short; `title` says it another way on hover. */
export function RequestedAtCell({ at, title }: { at: string; title: string | null }) {
  const format = useFormat();
  return (
    <td className="nowrap" title={title ?? undefined}>
      {format.shortDateTime(at)}
    </td>
  );
}

/** The device's name as a link-styled button that opens the device in the details panel. */
export function DeviceLink({ deviceId, name, title }: { deviceId: string; name: string; title?: string }) {
  const openDevice = useStore((s) => s.openDevice);
  return (
    <button type="button" className="link-button" title={title} onClick={() => void openDevice(deviceId)}>
      {name}
    </button>
  );
}

/** The list could not be loaded: why, in plain words, and what to do next (`children`: retry or refresh). */
export function ActionsLoadFailed({ error, title, children }: { error: AppError; title?: string; children: ReactNode }) {
  return (
    <div className="table-state" role="alert">
      <ErrorText error={error} title={title} />
      {children}
    </div>
  );
}
