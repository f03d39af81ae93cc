import { describe, expect, it } from 'vitest';
import type { GraphClient } from '../../../../main/graph/graph-client';
import { GraphError } from '../../../../main/graph/graph-error';
import { checkPasscodeRequirement } from '../../../../main/preflight/passcode-policy-check';

/** A Graph client that answers only the compliance policy read, with `answer`. */
const graphAnswering = (answer: () => Promise<unknown[]>) => ({ getCompliancePolicyStates: answer }) as unknown as GraphClient;
const policy = (displayName: string, ...settingStates: unknown[]) => ({ displayName, settingStates });

describe('checkPasscodeRequirement', () => {
  it('finds the policy that asks for a passcode, whatever the platform prefix or field name', async () => {
    const graph = graphAnswering(async () => [
      policy('Wi-Fi only', { setting: 'Wifi.Required', state: 'compliant' }),
      policy('iOS baseline', { setting: 'IosCompliancePolicy.PasscodeRequired', state: 'compliant' }),
    ]);
    expect(await checkPasscodeRequirement(graph, 'd-1')).toEqual({ state: 'required', policyName: 'iOS baseline', problem: null });
    const android = graphAnswering(async () => [policy('Android', { settingName: 'AndroidWorkProfile.passwordRequired', state: 'nonCompliant' })]);
    expect((await checkPasscodeRequirement(android, 'd-1')).state).toBe('required');
  });

  it('a passcode setting that does not apply to the device does not count; nothing found is "notFound", a warning', async () => {
    const graph = graphAnswering(async () => [policy('Other', { setting: 'PasscodeRequired', state: 'notApplicable' }), { junk: true }, null]);
    expect(await checkPasscodeRequirement(graph, 'd-1')).toEqual({ state: 'notFound', policyName: null, problem: null });
  });

  it('a refused or failed read is "could not check", with the reason as a code the window words', async () => {
    const refused = graphAnswering(async () => {
      throw new GraphError({ failure: 'http', status: 403, code: 'Forbidden', message: 'Missing DeviceManagementConfiguration.Read.All' } as never);
    });
    const result = await checkPasscodeRequirement(refused, 'd-1');
    expect(result).toMatchObject({ state: 'couldNotCheck', policyName: null });
    expect(result.problem).toEqual({ code: 'graphForbiddenRead', params: {} });
    const broken = graphAnswering(async () => {
      throw new Error('socket hang up');
    });
    expect(await checkPasscodeRequirement(broken, 'd-1')).toEqual({ state: 'couldNotCheck', policyName: null, problem: { code: 'preflightFailed', params: { detail: 'socket hang up' } } });
  });
});
