import type { Device } from '../../shared/devices/device';
import { remoteActionTraits, type RemoteActionKind, type RemoteActionTraits } from '../../shared/remote-actions/remote-action';
import { expandDecision } from '../../shared/rules/passcode-decision';
import type { CallOptions, GraphClient, ResetAccepted } from '../graph/graph-client';

/**
 * Everything the action path needs to know of one kind of remote action. The
 * request, the log, the tracker and the live actions log are the same for
 * every kind; adding a kind is one entry here, its name in
 * shared/remote-actions/remote-action.ts, its texts in the renderer, and its
 * route in the demo tenant.
 */
export interface RemoteActionDescriptor extends RemoteActionTraits {
  readonly kind: RemoteActionKind;
  /** Its name in Graph's deviceActionResults, which is how its result is found (match-action-result.ts). */
  readonly resultName: string;
  /** Why the rules refuse it on this device (with the code the log keeps), or null when it may go. */
  refusal(device: Device): { reasonCode: string; message: string } | null;
  /** The Graph call. */
  send(graph: GraphClient, deviceId: string, options: CallOptions & { clientRequestId: string }): Promise<ResetAccepted>;
}

const descriptors: Record<RemoteActionKind, RemoteActionDescriptor> = {
  resetPasscode: {
    kind: 'resetPasscode',
    ...remoteActionTraits.resetPasscode,
    resultName: 'resetPasscode',
    refusal(device) {
      if (device.decision.eligible) return null;
      const message = expandDecision(device.decision).reason ?? 'The passcode rules do not allow this action on this device';
      return { reasonCode: device.decision.reasonCode, message };
    },
    send: (graph, deviceId, options) => graph.resetPasscode(deviceId, options),
  },
  syncDevice: {
    kind: 'syncDevice',
    ...remoteActionTraits.syncDevice,
    resultName: 'syncDevice',
    // Intune offers a sync on every platform it manages; a device on its way out has nothing to check in to.
    refusal(device) {
      const leaving = device.managementState === 'retirePending' || device.managementState === 'wipePending' || device.managementState === 'deletePending';
      return leaving ? { reasonCode: 'device_leaving_management', message: 'This device is being retired, wiped or deleted: there is nothing for it to check in to' } : null;
    },
    send: (graph, deviceId, options) => graph.syncDevice(deviceId, options),
  },
};

export function remoteAction(kind: RemoteActionKind): RemoteActionDescriptor {
  return descriptors[kind];
}
