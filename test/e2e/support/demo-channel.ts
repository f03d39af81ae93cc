import type { Readable, Writable } from 'node:stream';

/** A command for the demo tenant of an app started with its test-only demo control (main/demo-backend/demo-commands.ts). */
export type DemoCommand =
  | { advanceMs: number }
  | { setMs: number }
  | { fault: Record<string, unknown> }
  | { deviceText: { name: string; text: Record<string, string> } };

/** Runs one command and resolves with the tenant's clock after it, once the app has answered. */
export type DemoControl = (command: DemoCommand) => Promise<number>;

interface DemoReply {
  id: number;
  ok: boolean;
  nowMs?: number;
  error?: string;
}

/**
 * Talks to an app's demo control over its stdin and stdout: one JSON command a
 * line in, one `PASSCODE_DESK_DEMO_REPLY=` line out per command. Each command
 * resolves on its own reply (matched by id), so a test waits on the app's
 * answer, never on time passing. The browser host and the Electron door speak
 * the same protocol.
 */
export function demoChannel(stdin: Writable, stdout: Readable): DemoControl {
  const replies = new Map<number, (reply: DemoReply) => void>();
  let nextId = 1;
  let pendingLine = '';
  stdout.on('data', (chunk: Buffer) => {
    const lines = (pendingLine + chunk.toString()).split('\n');
    pendingLine = lines.pop()!;
    for (const line of lines) {
      const match = line.match(/^PASSCODE_DESK_DEMO_REPLY=(.+)$/);
      if (!match) continue;
      const reply = JSON.parse(match[1]!) as DemoReply;
      replies.get(reply.id)?.(reply);
      replies.delete(reply.id);
    }
  });
  return (command) => {
    const id = nextId++;
    const answered = new Promise<number>((resolve, reject) => {
      replies.set(id, (reply) => (reply.ok ? resolve(reply.nowMs!) : reject(new Error(`demo command refused: ${reply.error}`))));
    });
    stdin.write(`${JSON.stringify({ id, ...command })}\n`);
    return answered;
  };
}

/** The fast pace's times on the tenant's clock (main/demo-backend/demo-pace.ts): queued, then active, then done. */
export const fastPace = { toActiveMs: 1_000, toDoneMs: 2_500 };
