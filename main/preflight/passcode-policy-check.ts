import type { PasscodeRequirementCheck } from '../../shared/devices/preflight';
import type { GraphClient } from '../graph/graph-client';
import { checkFailed, problemOf } from './check-problem';

/**
 * Whether a compliance policy on the device asks for a passcode: Intune's
 * docs say a reset fails where no passcode requirement is enforced on the
 * device or work profile. Graph shows it in the device's
 * `deviceCompliancePolicyStates`, one `settingStates` entry per setting a
 * policy checks; a setting named PasscodeRequired / PasswordRequired (any
 * platform prefix) is the one. A configuration profile can also enforce a
 * passcode and Graph does not show that here, so "no such policy" is a
 * warning, never a refusal. Some tenants want DeviceManagementConfiguration
 * permissions for this read: a refusal is "could not check".
 */
const passcodeSetting = /(^|\.)(passcode|password)required$/i;

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

export async function checkPasscodeRequirement(graph: GraphClient, deviceId: string, signal?: AbortSignal): Promise<PasscodeRequirementCheck> {
  let policies: unknown[];
  try {
    policies = await graph.getCompliancePolicyStates(deviceId, { signal });
  } catch (error) {
    return { state: 'couldNotCheck', policyName: null, problem: problemOf(error, checkFailed) };
  }
  for (const raw of policies) {
    const policy = record(raw);
    const settings = Array.isArray(policy?.settingStates) ? policy.settingStates : [];
    const asks = settings.some((s) => {
      const setting = record(s);
      const name = typeof setting?.setting === 'string' ? setting.setting : typeof setting?.settingName === 'string' ? setting.settingName : '';
      return passcodeSetting.test(name) && String(setting?.state ?? '').toLowerCase() !== 'notapplicable';
    });
    if (asks) return { state: 'required', policyName: typeof policy?.displayName === 'string' ? policy.displayName : null, problem: null };
  }
  return { state: 'notFound', policyName: null, problem: null };
}
