import { clientIdSchema, tenantSchema } from '../../../shared/settings/settings';

export type ConnectionProblem = 'tenantInvalid' | 'clientIdInvalid' | 'bothOrNeither';

export interface ConnectionCheck {
  tenant: ConnectionProblem | null;
  clientId: ConnectionProblem | null;
  /** What to save when both are fine: null/null means the demo tenant. */
  value: { tenant: string | null; clientId: string | null } | null;
}

/**
 * The same rules main applies on save (shared/settings), checked as the
 * technician types so the message sits next to the field, in their language.
 */
export function checkConnection(tenantText: string, clientIdText: string): ConnectionCheck {
  const tenant = tenantText.trim();
  const clientId = clientIdText.trim();
  if (tenant === '' && clientId === '') return { tenant: null, clientId: null, value: { tenant: null, clientId: null } };
  const tenantProblem = tenant === '' ? 'bothOrNeither' : tenantSchema.safeParse(tenant).success ? null : 'tenantInvalid';
  const clientProblem = clientId === '' ? 'bothOrNeither' : clientIdSchema.safeParse(clientId).success ? null : 'clientIdInvalid';
  const value = tenantProblem === null && clientProblem === null ? { tenant, clientId } : null;
  return { tenant: tenantProblem, clientId: clientProblem, value };
}
