import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { Session as SyncSession } from 'node:inspector';
import path from 'node:path';

/**
 * CPU profiles of our side only (the baseline runs unprofiled), written as
 * .cpuprofile files that Chrome DevTools opens, plus a top-frames summary.
 * The same summary reads the files `node --cpu-prof` writes.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export async function withCpuProfile<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(profile));
  }
}

/**
 * Starts the CPU profiler now and answers the function that stops it and writes `file`. The
 * callback session answers at once on this thread, so a case can stop it inside an event
 * listener, exactly where its timed span ends: the full collections and the saving a case
 * does after its time is taken then stay out of the profile (as they stay out of the figure).
 */
export function startCpuProfile(file: string): () => void {
  const session = new SyncSession();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 200 });
  session.post('Profiler.start');
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    session.post('Profiler.stop', (error, result) => {
      session.disconnect();
      if (error) throw error;
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(result.profile));
    });
  };
}

/**
 * The frames with the most self time, as "share  function  file:line", in
 * shares of busy time: idle time, and the profiler's own `Profiler.stop`
 * (which an in-process profile records), are left out.
 */
export function topFrames(file: string, count = 12): string[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const profilerOwn = new Set<number>();
  for (const node of profile.nodes) {
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      if (byId.get(id)?.callFrame.url === 'node:inspector') {
        profilerOwn.add(node.id);
        break;
      }
    }
  }
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const delta = profile.timeDeltas[i] ?? 0;
    if (!node || profilerOwn.has(id) || node.callFrame.functionName === '(idle)') return;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'}  ${url ? `${path.basename(url)}:${lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + delta);
    total += delta;
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, time]) => `${((100 * time) / total).toFixed(1).padStart(5)}%  ${key}`);
}
