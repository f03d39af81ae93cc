import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { ColumnResizer } from './ColumnResizer';
import { deviceColumns } from './device-columns';

export function DeviceTableHeader({ nameWidth, onResizeName }: { nameWidth: number; onResizeName(width: number): void }) {
  const t = useT();
  const sort = useStore((s) => s.query.sort);
  const toggleSort = useStore((s) => s.toggleSort);
  return (
    <div role="rowgroup" className="device-grid-head">
      <div role="row" aria-rowindex={1} className="device-row device-row-head">
        {deviceColumns.map((column) => {
          const label = t.devices.columns[column.key];
          const direction = column.sort !== null && sort?.field === column.sort ? sort.direction : null;
          return (
            <div
              key={column.key}
              role="columnheader"
              className={`cell cell-head col-${column.key}${column.key === 'name' ? ' cell-head-resizable' : ''}`}
              aria-sort={column.sort === null ? undefined : direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
            >
              {column.sort === null ? (
                label
              ) : (
                <button type="button" className="sort-button" title={t.devices.sortBy(label)} onClick={() => toggleSort(column.sort!)}>
                  {label}
                  <span aria-hidden="true" className="sort-arrow">
                    {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
                  </span>
                </button>
              )}
              {column.key === 'name' && <ColumnResizer label={t.devices.resizeName} width={nameWidth} onResize={onResizeName} />}
            </div>
          );
        })}
      </div>
    </div>
  );
}
