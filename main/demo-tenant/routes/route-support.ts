import { SCOPE_READ, SCOPE_READ_WRITE, type IntunePermission } from '../demo-identity';
import type { DemoDevice } from '../fleet/device-record';
import { badRequest, GraphError, notFound } from '../graph/graph-error';
import type { TenantState } from '../tenant-state';
import type { Principal } from '../traffic/token-store';

/** What a handler produces; the server sends it, unless a fault replaces it. */
export type Reply = { readonly status: 200 | 201; readonly body: object } | { readonly status: 204 };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function requireDevice(state: TenantState, id: string): DemoDevice {
  if (!GUID.test(id)) throw badRequest(`'${id}' is not a valid managed device id: a GUID was expected.`, true);
  const device = state.fleet.get(id);
  if (!device) throw notFound(`The managed device '${id}' was not found.`);
  return device;
}

export function forbidden(scopes: readonly string[]): GraphError {
  return new GraphError(403, 'Forbidden', `Application is not authorized to perform this operation. Application must have one of the following scopes: ${scopes.join(', ')}`, { intune: true });
}

export function requireScope(principal: Principal, scopes: readonly string[]): void {
  if (!scopes.some((scope) => principal.scopes.has(scope))) throw forbidden(scopes);
}

/**
 * Intune's RBAC, checked after the scopes: an account whose role lacks the
 * permission is refused with Intune's nested "Forbidden", under a 401 as
 * often as a 403, in the shape the tenant is set to.
 */
export function requireIntunePermission(state: TenantState, principal: Principal, permission: IntunePermission): void {
  if (principal.intunePermissions === null || principal.intunePermissions.has(permission)) return;
  const { status, nesting } = state.rbacRefusal;
  throw new GraphError(status, status === 401 ? 'UnknownError' : 'Forbidden', 'An error has occurred', { intune: true, innerErrorCode: 'Forbidden', nesting });
}

/** PrivilegedOperations.All does not grant reading, in Graph as here. */
export const READ_SCOPES = [SCOPE_READ, SCOPE_READ_WRITE] as const;
