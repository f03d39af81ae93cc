import type { GraphScopeSet, TokenProvider } from '../../main/auth/token-provider';
import { DEMO_TECHNICIANS, type DemoTenantControl, type DemoTechnician } from '../../main/demo-tenant';

/**
 * The minimal TokenProvider the integration tests need: tokens issued by the
 * demo tenant in-process, cached like MSAL would, renewed on `forceRefresh`.
 * `issued` lists every token handed out, so a test can grep files for them.
 */
export interface DemoTokenProvider extends TokenProvider {
  readonly issued: string[];
  readonly forcedRefreshes: number;
  readonly technician: DemoTechnician;
}

export function demoTokenProvider(control: DemoTenantControl, technician: DemoTechnician = DEMO_TECHNICIANS[0]!): DemoTokenProvider {
  let current: string | null = null;
  let forced = 0;
  const issued: string[] = [];
  return {
    issued,
    technician,
    get forcedRefreshes() {
      return forced;
    },
    // One token carries both scope sets in the demo tenant, as a consented app registration's would.
    async getAccessToken(_scopes: GraphScopeSet, options?: { forceRefresh?: boolean }) {
      if (options?.forceRefresh) forced++;
      if (current === null || options?.forceRefresh) {
        current = control.issueToken({ upn: technician.upn, oid: technician.oid, name: technician.name, scopes: technician.scopes, intunePermissions: technician.intunePermissions });
        issued.push(current);
      }
      return current;
    },
  };
}

/** The technician in the shape the action service asks for. */
export function technicianOf(technician: DemoTechnician) {
  return { upn: technician.upn, objectId: technician.oid, displayName: technician.name };
}
