import type * as Beta from '@microsoft/microsoft-graph-types-beta';
import { progressAt, type DeviceAction } from '../actions/action-store';
import type { Exchange } from '../graph/exchange';
import { compileFilter, type FilterFields } from '../graph/filter-compiler';
import { contextUrl, nextLink, pageSize, parseSelect, pick, readQuery } from '../graph/odata-query';
import type { TenantState } from '../tenant-state';
import { forbidden, READ_SCOPES, type Reply } from './route-support';

/** Small pages by default, so the app's audit paging is exercised even in a short demo. */
const AUDIT_DEFAULT_PAGE = 50;
const AUDIT_PAGE_LIMIT = 1000;
const TOKEN_SCOPE = 'audits';

/** Only `action` filters; filtering by device is not documented, so clients must filter on their side. */
const AUDIT_FILTER: FilterFields<DeviceAction> = {
  action: { type: 'string', ops: ['eq'], get: (a) => a.actionName },
};

function auditView(action: DeviceAction & { actionName: Beta.RemoteAction }, now: number) {
  return {
    id: action.id,
    deviceDisplayName: action.device.name,
    initiatedByUserPrincipalName: action.initiatedBy,
    userName: action.initiatedBy,
    action: action.actionName,
    requestDateTime: new Date(action.startMs).toISOString(),
    deviceOwnerUserPrincipalName: action.device.ownerUpn,
    deviceIMEI: action.device.imei,
    actionState: progressAt(action, now).state,
    managedDeviceId: action.deviceId,
    deviceActionCategory: 'single',
    bulkDeviceActionId: null,
  } satisfies Beta.RemoteActionAudit;
}

const SELECTABLE = new Map(
  ['id', 'deviceDisplayName', 'initiatedByUserPrincipalName', 'userName', 'action', 'requestDateTime',
    'deviceOwnerUserPrincipalName', 'deviceIMEI', 'actionState', 'managedDeviceId', 'deviceActionCategory', 'bulkDeviceActionId',
  ].map((name) => [name.toLowerCase(), name]),
);

/** Newest first; a page token is the sequence number of the last audit served, so new actions never shift a paging client. */
export function listAudits(state: TenantState, exchange: Exchange): Reply {
  if (state.auditsForbidden) throw forbidden(READ_SCOPES);
  const query = readQuery(exchange.url);
  const size = pageSize(query.top, AUDIT_PAGE_LIMIT, AUDIT_DEFAULT_PAGE);
  const select = parseSelect(query.select, SELECTABLE, 'microsoft.graph.remoteActionAudit');
  const matches = compileFilter(query.filter, AUDIT_FILTER);
  const before = state.pageTokens.decode(TOKEN_SCOPE, query.skiptoken);

  const now = state.clock.now();
  const value: object[] = [];
  let last: DeviceAction | undefined;
  let more = false;
  for (const action of state.actions.newestFirst()) {
    // remoteActionAudits' action enum has no syncDevice: a check-in request is not audited there.
    if (action.actionName === 'syncDevice') continue;
    if ((before > 0 && action.seq >= before) || (matches && !matches(action))) continue;
    if (value.length === size) {
      more = true;
      break;
    }
    value.push(pick(auditView(action as DeviceAction & { actionName: Beta.RemoteAction }, now), select));
    last = action;
  }
  return {
    status: 200,
    body: {
      '@odata.context': contextUrl(state.baseUrl, 'beta', 'deviceManagement/remoteActionAudits', select),
      ...(more && last && { '@odata.nextLink': nextLink(state.baseUrl, exchange.url, state.pageTokens.encode(TOKEN_SCOPE, last.seq)) }),
      value,
    },
  };
}
