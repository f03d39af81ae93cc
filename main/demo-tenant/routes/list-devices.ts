import type { DemoDevice } from '../fleet/device-record';
import { deviceView, SELECTABLE, type GraphVersion } from '../graph/device-view';
import type { Exchange } from '../graph/exchange';
import { compileFilter, type FilterFields } from '../graph/filter-compiler';
import { contextUrl, nextLink, pageSize, parseSelect, pick, readQuery } from '../graph/odata-query';
import type { TenantState } from '../tenant-state';
import type { Reply } from './route-support';

/** Graph's page limit for managedDevices. */
export const DEVICE_PAGE_LIMIT = 1000;
const TOKEN_SCOPE = 'devices';
const ENTITY_SET = 'deviceManagement/managedDevices';

/** The filterable properties and operators the Intune list supports; anything else is ignored. */
const DEVICE_FILTER: FilterFields<DemoDevice> = {
  devicename: { type: 'string', ops: ['eq', 'contains'], get: (d) => d.deviceName },
  model: { type: 'string', ops: ['eq', 'contains'], get: (d) => d.model },
  operatingsystem: { type: 'string', ops: ['eq'], get: (d) => d.operatingSystem },
  serialnumber: { type: 'string', ops: ['eq'], get: (d) => d.serialNumber },
  imei: { type: 'string', ops: ['eq'], get: (d) => d.imei },
  manufacturer: { type: 'string', ops: ['eq'], get: (d) => d.manufacturer },
  compliancestate: { type: 'string', ops: ['eq'], get: (d) => d.complianceState },
  userprincipalname: { type: 'string', ops: ['eq'], get: (d) => d.userPrincipalName },
  lastsyncdatetime: { type: 'datetime', ops: ['lt', 'gt'], get: (d) => d.lastSyncMs },
};

export function listDevices(state: TenantState, exchange: Exchange, version: GraphVersion): Reply {
  const query = readQuery(exchange.url);
  const size = pageSize(query.top, DEVICE_PAGE_LIMIT);
  const select = parseSelect(query.select, SELECTABLE[version], 'microsoft.graph.managedDevice');
  const matches = compileFilter(query.filter, DEVICE_FILTER);
  const { fleet, pageTokens, baseUrl } = state;

  const value: object[] = [];
  let position = pageTokens.decode(TOKEN_SCOPE, query.skiptoken);
  for (; position < fleet.length && value.length < size; position++) {
    const device = fleet.at(position);
    if (!device || (matches && !matches(device))) continue;
    // A list never carries action results, as in Graph: clients must GET the device. Nor real
    // hardware facts: beta's list sends hardwareInformation with defaults (isSharedDevice false).
    const view = { ...deviceView(version, device, []), ...(version === 'beta' && { hardwareInformation: { isSharedDevice: false } }) };
    value.push(select ? pick(view, select) : { '@odata.type': '#microsoft.graph.managedDevice', ...view });
  }
  return {
    status: 200,
    body: {
      '@odata.context': contextUrl(baseUrl, version, ENTITY_SET, select),
      // Intune sends the list's size unasked (no $count needed, no ConsistencyLevel), on the first
      // page: public threads show it beside the first nextLink (msgraph-sdk-powershell issue 1819,
      // Intune-PowerShell-SDK issue 78). It is not documented, so clients take it as a hint.
      ...(query.skiptoken === undefined && { '@odata.count': countMatches(fleet, matches) }),
      ...(position < fleet.length && { '@odata.nextLink': nextLink(baseUrl, exchange.url, pageTokens.encode(TOKEN_SCOPE, position)) }),
      value,
    },
  };
}

function countMatches(fleet: TenantState['fleet'], matches: ((device: DemoDevice) => boolean) | null): number {
  if (!matches) return fleet.length;
  let count = 0;
  for (let position = 0; position < fleet.length; position++) {
    const device = fleet.at(position);
    if (device && matches(device)) count++;
  }
  return count;
}

/** The `emptyPageWithNextLink` fault: no devices, and a nextLink back to the same position. */
export function emptyDevicePage(state: TenantState, exchange: Exchange, version: GraphVersion): Reply {
  const query = readQuery(exchange.url);
  const position = state.pageTokens.decode(TOKEN_SCOPE, query.skiptoken);
  const select = parseSelect(query.select, SELECTABLE[version], 'microsoft.graph.managedDevice');
  return {
    status: 200,
    body: {
      '@odata.context': contextUrl(state.baseUrl, version, ENTITY_SET, select),
      '@odata.nextLink': nextLink(state.baseUrl, exchange.url, state.pageTokens.encode(TOKEN_SCOPE, position)),
      value: [],
    },
  };
}
