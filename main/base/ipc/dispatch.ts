import { errSaid } from '../said-error';
import { deviceIdIssue } from '../../../shared/devices/device';
import { channels, isChannelName } from '../../../shared/ipc/contract';
import { err, type Result } from '../../../shared/result';
import type { Logger } from '../logger';
import type { CallContext, Handlers } from './handlers';
import { checkUntrustedInput } from './untrusted-input';

export type Dispatch = (channel: string, raw: unknown, context: CallContext) => Promise<Result<unknown>>;

/**
 * The single path every call takes, whichever door it came through: check the
 * raw argument, parse it with the channel's schema, and only then run the
 * handler. Expected failures come back as error values; a handler that throws
 * is a bug, logged here and answered with `internal` so the renderer never
 * hangs.
 */
export function createDispatch(handlers: Handlers, logger: Logger): Dispatch {
  return async (channel, raw, context) => {
    if (!isChannelName(channel)) return errSaid('unknown_channel', { code: 'unknownOperation', params: { channel: String(channel).slice(0, 80) } });
    const problem = checkUntrustedInput(raw);
    if (problem) return err('invalid_request', problem);
    const parsed = channels[channel].request.safeParse(raw);
    if (!parsed.success) {
      // A device id that is not a GUID gets its own words: the window can say which thing was wrong.
      if (parsed.error.issues.every((i) => i.path.join('.') === 'deviceId')) {
        return errSaid('invalid_request', { code: 'invalidDeviceId', params: { channel } }, { issues: [{ path: 'deviceId', message: deviceIdIssue }] });
      }
      return errSaid('invalid_request', { code: 'invalidArguments', params: { channel } }, {
        issues: parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    }
    try {
      const handler = handlers[channel] as (request: unknown, context: CallContext) => Promise<Result<unknown>> | Result<unknown>;
      return await handler(parsed.data, context);
    } catch (cause) {
      logger.error(`Handler ${channel} failed`, cause);
      return errSaid('internal', { code: 'operationFailed', params: { channel } });
    }
  };
}
