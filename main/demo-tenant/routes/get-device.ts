import { deviceView, SELECTABLE, type GraphVersion } from '../graph/device-view';
import type { Exchange } from '../graph/exchange';
import { contextUrl, parseSelect, pick, readQuery } from '../graph/odata-query';
import type { TenantState } from '../tenant-state';
import { requireDevice, type Reply } from './route-support';

/** One device, with its deviceActionResults computed at the tenant's "now". */
export function getDevice(state: TenantState, exchange: Exchange, version: GraphVersion, id: string): Reply {
  const device = requireDevice(state, id);
  const select = parseSelect(readQuery(exchange.url).select, SELECTABLE[version], 'microsoft.graph.managedDevice');
  const view = deviceView(version, device, state.actions.resultsFor(device.id, state.clock.now()));
  return {
    status: 200,
    body: {
      '@odata.context': contextUrl(state.baseUrl, version, 'deviceManagement/managedDevices', select, true),
      ...(select ? pick(view, select) : { '@odata.type': '#microsoft.graph.managedDevice', ...view }),
    },
  };
}
