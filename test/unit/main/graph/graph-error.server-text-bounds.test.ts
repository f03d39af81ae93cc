import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../main/base/logger';
import { graphAppError } from '../../../../main/graph/graph-app-error';
import { createGraphClient } from '../../../../main/graph/graph-client';
import { GraphError, maxServerId } from '../../../../main/graph/graph-error';
import { createFakeClock } from '../../../support/fake-clock';

/**
 * A broken or hostile Graph answer whose ids and codes are a megabyte long: what reaches the window's
 * details (and the diagnostic and action logs) stays short, while a real id passes whole.
 */
const megabyte = 'A'.repeat(1024 * 1024);
const base = 'https://graph.example.test';

function clientAnswering(response: () => Response) {
  const fetch = (async () => response()) as typeof globalThis.fetch;
  return createGraphClient({
    baseUrl: base,
    tokens: { getAccessToken: async () => 'token' },
    logger: silentLogger,
    fetch,
    clock: createFakeClock(),
    random: () => 0,
    timeoutMs: 30_000,
  });
}

const hostileHeaders = { 'content-type': 'application/json', 'request-id': megabyte, 'client-request-id': megabyte, date: megabyte };
// Every id and code the body can carry, at the top and inside Intune's JSON-in-a-string message.
const hostileBody = JSON.stringify({
  error: {
    code: megabyte,
    message: JSON.stringify({ ErrorCode: megabyte, Message: `Refused - Activity ID: ${'a'.repeat(1024 * 1024)}`, ActivityId: megabyte, RequestId: megabyte }),
    innerError: { 'request-id': megabyte, 'client-request-id': megabyte, date: megabyte },
  },
});

function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

describe("Graph's ids and codes on their way to the window", () => {
  it('cuts a 1 MB request id, client request id, date, code and activity id to a bounded length', async () => {
    for (const status of [400, 403, 404, 500]) {
      const graph = clientAnswering(() => new Response(hostileBody, { status, headers: hostileHeaders }));
      const error = await caught(graph.getManagedDevice('0f8fad5b-d9cb-469f-a165-70867728950e'));
      expect(error).toBeInstanceOf(GraphError);
      const graphError = error as GraphError;
      for (const field of [graphError.code, graphError.innerCode, graphError.activityId, graphError.requestId, graphError.clientRequestId, graphError.date]) {
        expect(field === null || field.length <= maxServerId).toBe(true);
      }
      for (const subject of ['device', 'reset', 'audits', 'device-list'] as const) {
        // All the window receives for this failure, as it crosses IPC.
        const shown = JSON.stringify(graphAppError(graphError, subject));
        expect(shown.length).toBeLessThan(4096);
        expect(shown).toContain('AAAA');
      }
    }
  });

  it("cuts a 1 MB request id on a success too, which becomes the action's request id in the window", async () => {
    const graph = clientAnswering(() => new Response(null, { status: 204, headers: { 'request-id': megabyte, date: megabyte } }));
    const accepted = await graph.resetPasscode('0f8fad5b-d9cb-469f-a165-70867728950e', { clientRequestId: 'action-1' });
    expect(accepted.requestId?.length).toBe(maxServerId);
    expect(accepted.requestId?.endsWith('…')).toBe(true);
    expect(accepted.date?.length).toBe(maxServerId);
  });

  it('keeps a real request id whole', async () => {
    const requestId = '3c5bd3b1-7d5a-4b8e-9b0f-2f4f1d8e6a11';
    const graph = clientAnswering(() => new Response(null, { status: 204, headers: { 'request-id': requestId } }));
    expect((await graph.resetPasscode('0f8fad5b-d9cb-469f-a165-70867728950e', { clientRequestId: 'action-1' })).requestId).toBe(requestId);
  });
});
