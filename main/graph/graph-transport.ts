import type { Logger } from '../base/logger';
import { attemptGraphCall, type AttemptDeps, type GraphCall, type GraphResponse } from './graph-attempt';
import { GraphError } from './graph-error';
import type { RateLimiter } from './rate-limiter';
import { retryableStatuses, retryDelay, type RetryOptions } from './retry-policy';

/**
 * The retry loop around one Graph call (Microsoft's Graph throttling guidance):
 * - a read is retried on 429, 503, 504, a timeout, a dropped connection or a
 *   garbled answer, after Retry-After or exponential backoff with jitter;
 * - a write (resetPasscode) is re-sent only after a 429, where the service
 *   said it did not run it; after 500/502/503/504/timeout/drop its outcome is unknown;
 * - a 401 gets one forced token renewal and one more try, for either, and
 *   never more: a 401 that says, inside, that Intune refused the account
 *   (`Forbidden`) is answered by graph-app-error.ts as "may not", not
 *   "sign in again" (a scope consented since sign-in is why one renewal helps).
 * Every attempt passes the rate limiter first.
 */
export interface GraphTransport {
  send(call: GraphCall): Promise<GraphResponse>;
}

export interface TransportDeps extends AttemptDeps {
  limiter: RateLimiter;
  retry: RetryOptions;
  random: () => number;
  logger: Logger;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '(bad url)';
  }
}

function cancelled(call: GraphCall): GraphError {
  return new GraphError({ failure: 'cancelled', message: 'The request was cancelled', clientRequestId: call.clientRequestId, outcome: 'not-run' });
}

/** Statuses after which a write may or may not have run: never a final failure, never re-sent. */
const unknownWriteStatuses: ReadonlySet<number> = new Set([500, 502, 503, 504]);

/** What a write's failure means for whether it ran. */
function withWriteOutcome(error: GraphError, sent: boolean): GraphError {
  const unknown =
    sent &&
    (error.failure === 'network' || error.failure === 'timeout' || error.failure === 'malformed' ||
      // A 500 or a gateway error (502) leaves it as open as 503/504: Intune may have queued the
      // command (an audit saw 40 of 40 resets answered with 500 carried out; docs/intune-facts.md, "Errors").
      (error.failure === 'http' && unknownWriteStatuses.has(error.status ?? 0)));
  const notRun = !sent || error.failure === 'not-signed-in' || (error.failure === 'http' && (error.status === 429 || error.status === 401));
  const outcome = unknown ? 'unknown' : notRun ? 'not-run' : 'failed';
  return error.withOutcome(outcome);
}

export function createGraphTransport(deps: TransportDeps): GraphTransport {
  async function send(call: GraphCall): Promise<GraphResponse> {
    let renewedToken = false;
    let forceRefresh = false;
    for (let attempt = 1; ; attempt++) {
      try {
        await deps.limiter.acquire(call.write ? 'write' : 'read', call.signal);
      } catch {
        throw cancelled(call);
      }
      const result = await attemptGraphCall(deps, call, forceRefresh);
      forceRefresh = false;
      if (result.kind === 'response') {
        // One line per call, with Graph's request id: what Microsoft support asks for first.
        deps.logger.info(`Graph ${call.method} ${pathOf(call.url)} ${result.response.status}, request-id ${result.response.requestId ?? 'none'}`);
        return result.response;
      }
      const { error, sent } = result;
      if (error.failure === 'cancelled') throw cancelled(call);

      if (error.failure === 'http' && error.status === 401 && !renewedToken) {
        // An expired or revoked token: Graph did not run the call, so even a write may go again, once.
        renewedToken = forceRefresh = true;
        attempt--;
        deps.logger.info(`Graph ${call.method} ${pathOf(call.url)} answered 401; renewing the token once`);
        continue;
      }

      const retryable = call.write
        ? error.failure === 'http' && error.status === 429
        : (error.failure === 'http' && retryableStatuses.has(error.status ?? 0)) ||
          error.failure === 'network' || error.failure === 'timeout' || error.failure === 'malformed';
      const tooLong = error.retryAfterMs !== null && error.retryAfterMs > deps.retry.maxRetryAfterMs;
      if (!retryable || attempt >= deps.retry.maxAttempts || tooLong) {
        throw call.write ? withWriteOutcome(error, sent) : error;
      }

      const delay = retryDelay(attempt, error.retryAfterMs, deps.retry, deps.random);
      deps.logger.warn(
        `Graph ${call.method} ${pathOf(call.url)} failed (${error.status ?? error.failure}, request-id ${error.requestId ?? 'none'}); ` +
          `attempt ${attempt + 1} of ${deps.retry.maxAttempts} in ${delay} ms`,
      );
      try {
        await deps.clock.sleep(delay, call.signal);
      } catch {
        throw cancelled(call);
      }
    }
  }
  return { send };
}
