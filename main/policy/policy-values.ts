import { parseAddress, type CollectorConfig } from '../../shared/forwarding/collector-address';
import { lockableSettings, compileTicketPattern, type LockableSetting, type PolicyState } from '../../shared/settings/policy';
import type { PolicyProblem } from '../../shared/settings/policy-problem';
import { clientIdSchema, tenantSchema } from '../../shared/settings/settings';
import { word } from '../../shared/messages/coded-message';
import { sharedEn } from '../../shared/i18n/en';

/**
 * The organisation's policy, read from whichever place the platform keeps it
 * (see read-policy.ts). Every source gives the same flat names, so a Windows
 * registry value, a macOS managed preference and a JSON key are spelt alike:
 * Tenant, ClientId, RequireTicketReference, TicketPattern, CollectorAddress,
 * CollectorCaFile, CollectorClientCertFile, CollectorClientKeyFile,
 * CollectorRequired, CollectorTransport, Locked.
 */
export interface Policy {
  tenant?: string;
  clientId?: string;
  requireTicketReference?: boolean;
  ticketPattern?: string;
  collector?: CollectorConfig & { required: boolean };
  locked: Set<LockableSetting>;
  source: string | null;
  problems: PolicyProblem[];
  /** Set when the policy exists but none of it could be used (see safeDefaultPolicy). */
  unreadable?: boolean;
}

export const emptyPolicy = (): Policy => ({ locked: new Set(), source: null, problems: [] });

/**
 * A policy that exists but cannot be read: the organisation meant to manage
 * this desk, so the controls stay at their strictest until it is fixed.
 */
export function safeDefaultPolicy(source: string, problem: PolicyProblem): Policy {
  return { requireTicketReference: true, locked: new Set(['requireTicketReference']), source, problems: [problem], unreadable: true };
}

const knownKeys = [
  'Tenant', 'ClientId', 'RequireTicketReference', 'TicketPattern', 'CollectorAddress', 'CollectorCaFile',
  'CollectorClientCertFile', 'CollectorClientKeyFile', 'CollectorRequired', 'CollectorTransport', 'Locked',
] as const;
type Key = (typeof knownKeys)[number];

function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === '1' || value === 'true') return true;
  if (value === 0 || value === '0' || value === 'false') return false;
  return undefined;
}

function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function asList(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
  if (typeof value === 'string') return value.split(/[,;\s]+/).filter(Boolean);
  return undefined;
}

/** Turns raw name/value pairs into a policy; anything unusable becomes a problem (a code the window words) and the safe choice. */
export function normalizePolicy(raw: Record<string, unknown>, source: string): Policy {
  const policy: Policy = { locked: new Set(), source, problems: [] };
  const values = new Map<Key, unknown>();
  for (const [name, value] of Object.entries(raw)) {
    const key = knownKeys.find((k) => k.toLowerCase() === name.toLowerCase());
    if (key) values.set(key, value);
    else policy.problems.push({ code: 'unknownSetting', params: { name } });
  }
  const bad = (problem: PolicyProblem) => policy.problems.push(problem);
  const text = (key: Key) => {
    if (!values.has(key)) return undefined;
    const value = asText(values.get(key));
    if (value === undefined) bad({ code: 'notText', params: { key } });
    return value;
  };
  const flag = (key: Key) => {
    if (!values.has(key)) return undefined;
    const value = asBoolean(values.get(key));
    if (value === undefined) bad({ code: 'notBoolean', params: { key } });
    return value;
  };

  const tenant = text('Tenant');
  if (tenant !== undefined && !tenantSchema.safeParse(tenant).success) bad({ code: 'badTenant', params: { value: tenant } });
  else policy.tenant = tenant;
  const clientId = text('ClientId');
  if (clientId !== undefined && !clientIdSchema.safeParse(clientId).success) bad({ code: 'badClientId', params: { value: clientId } });
  else policy.clientId = clientId;
  if ((policy.tenant === undefined) !== (policy.clientId === undefined)) {
    bad({ code: 'needsBoth', params: { key: policy.tenant ? 'ClientId' : 'Tenant' } });
    delete policy.tenant;
    delete policy.clientId;
  }

  policy.requireTicketReference = flag('RequireTicketReference');
  const pattern = text('TicketPattern');
  if (pattern !== undefined && compileTicketPattern(pattern) === null) {
    bad({ code: 'badTicketPattern', params: {} });
    policy.requireTicketReference = true;
    policy.locked.add('requireTicketReference');
  } else policy.ticketPattern = pattern;

  const address = text('CollectorAddress');
  if (address !== undefined) {
    const transport = text('CollectorTransport')?.toLowerCase();
    if (!parseAddress(address)) bad({ code: 'badCollectorAddress', params: { value: address } });
    else if (transport !== undefined && transport !== 'tls' && transport !== 'tcp') bad({ code: 'badTransport', params: {} });
    else {
      policy.collector = {
        address,
        caFile: text('CollectorCaFile'),
        clientCertFile: text('CollectorClientCertFile'),
        clientKeyFile: text('CollectorClientKeyFile'),
        transport: transport as 'tls' | 'tcp' | undefined,
        required: flag('CollectorRequired') ?? false,
      };
    }
  }

  if (values.has('Locked')) {
    const list = asList(values.get('Locked'));
    if (list === undefined) bad({ code: 'lockedNotList', params: {} });
    for (const name of list ?? []) {
      const setting = lockableSettings.find((s) => s.toLowerCase() === name.toLowerCase());
      if (setting) policy.locked.add(setting);
      else bad({ code: 'lockedUnknown', params: { name, lockable: lockableSettings.join(', ') } });
    }
  }
  // A lock on a setting the policy does not give keeps the app's safe default for it.
  if (policy.locked.has('requireTicketReference') && policy.requireTicketReference === undefined) policy.requireTicketReference = true;
  if (policy.collector?.required) policy.locked.add('forwarding');
  return policy;
}

/** Overlays one source on another, the first winning for each value it sets. */
export function mergePolicies(first: Policy, second: Policy): Policy {
  const defined = <T>(a: T | undefined, b: T | undefined) => (a !== undefined ? a : b);
  return {
    tenant: defined(first.tenant, second.tenant),
    clientId: defined(first.clientId, second.clientId),
    requireTicketReference: defined(first.requireTicketReference, second.requireTicketReference),
    ticketPattern: defined(first.ticketPattern, second.ticketPattern),
    collector: defined(first.collector, second.collector),
    locked: new Set([...first.locked, ...second.locked]),
    source: [first.source, second.source].filter(Boolean).join(' and ') || null,
    problems: [...first.problems, ...second.problems],
    unreadable: first.unreadable || second.unreadable,
  };
}

export function policyState(policy: Policy): PolicyState {
  return {
    source: policy.source,
    problems: policy.problems,
    fallback: policy.problems.length === 0 ? 'none' : policy.unreadable ? 'unreadable' : 'ignored',
    locked: [...policy.locked],
    ticketPattern: policy.ticketPattern ?? null,
    collector: policy.collector ? { address: policy.collector.address, required: policy.collector.required } : null,
  };
}

/** The problems in English, for main's diagnostic log (the window words them in its own language); null when there are none. */
export function policyLogLine(policy: PolicyState): string | null {
  if (policy.problems.length === 0) return null;
  const problems = policy.problems.map((problem) => word(sharedEn.policyProblems, problem));
  return `Your organisation's policy (${policy.source}) has problems: ${problems.join('; ')}.`;
}
