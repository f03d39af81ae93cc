import type { WeakeningSetting } from '../../shared/log/log-entry';
import type { Settings } from '../../shared/settings/settings';
import type { Policy } from './policy-values';

/** What the policy suggests where the technician has not chosen yet. */
export function policyDefaults(policy: Policy): Partial<Settings> {
  const defaults: Partial<Settings> = {};
  if (policy.tenant !== undefined && policy.clientId !== undefined) Object.assign(defaults, { tenant: policy.tenant, clientId: policy.clientId });
  if (policy.requireTicketReference !== undefined) defaults.requireTicketReference = policy.requireTicketReference;
  return defaults;
}

/** The settings with every locked value put back to the policy's. */
export function enforcePolicy(settings: Settings, policy: Policy): Settings {
  const next = { ...settings };
  const lockedTenant = policy.locked.has('tenant') || policy.locked.has('clientId');
  if (lockedTenant && policy.tenant !== undefined && policy.clientId !== undefined) Object.assign(next, { tenant: policy.tenant, clientId: policy.clientId });
  if (policy.locked.has('requireTicketReference') && policy.requireTicketReference !== undefined) next.requireTicketReference = policy.requireTicketReference;
  if (policy.locked.has('forwarding')) next.forwardingEnabled = true;
  return next;
}

const names: Record<string, string> = {
  tenant: 'the tenant',
  clientId: 'the client ID',
  requireTicketReference: 'the ticket requirement',
  forwardingEnabled: 'forwarding to the collector',
};

/** Why a save must be refused (it changes what the organisation locked), or null. */
export function lockedChange(current: Settings, next: Settings, policy: Policy): string | null {
  const enforced = enforcePolicy(next, policy);
  const changed = (Object.keys(names) as Array<keyof Settings>).filter((key) => enforced[key] !== next[key] && next[key] !== current[key]);
  if (changed.length === 0) return null;
  return `Set by your organisation: ${changed.map((key) => names[key]).join(' and ')} cannot be changed here.`;
}

/** Changes that lower a control, which the action log must record before they take effect. */
export function weakenedControls(current: Settings, next: Settings): Array<{ setting: WeakeningSetting; from: boolean; to: boolean }> {
  const weakened: Array<{ setting: WeakeningSetting; from: boolean; to: boolean }> = [];
  if (current.requireTicketReference && !next.requireTicketReference) weakened.push({ setting: 'requireTicketReference', from: true, to: false });
  if (current.forwardingEnabled && !next.forwardingEnabled) weakened.push({ setting: 'forwardingEnabled', from: true, to: false });
  return weakened;
}
