import type { z } from 'zod';
import type { EventName, EventPayload } from './contract';

/**
 * What the renderer is told when main sends an event that does not match the
 * contract. Most events are dropped (the next one, or a reload, brings the
 * state again), but a page of the device list that is dropped would leave a
 * silent gap in the list the technician searches: so it becomes the load's
 * error, and the list says it stopped there and offers to load it again.
 */
type StandIn<E extends EventName> = (raw: unknown, problem: EventProblem) => EventPayload<E> | null;

/** What was wrong with an event: in English for main's log, and where (a field path, language-neutral) for the window's own words. */
export interface EventProblem {
  text: string;
  where: string;
}
export type InvalidEventStandIns = { [E in EventName]?: StandIn<E> };

const field = (raw: unknown, name: string): unknown => (typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[name] : undefined);

/** The first problem zod found, by where it is (`devices.17.platform`) and what is wrong; never the value itself. */
export function describeProblem(error: z.ZodError): EventProblem {
  const issue = error.issues[0];
  if (issue === undefined) return { text: 'it does not match the contract', where: '' };
  const where = issue.path.map(String).join('.');
  // zod's own words, without the list of every allowed value that may follow them.
  const what = issue.message.split(': ')[0]!;
  return { text: where === '' ? what : `${where}: ${what}`, where };
}

export const invalidEventStandIns: InvalidEventStandIns = {
  devicesProgress(raw, problem) {
    const loadId = field(raw, 'loadId');
    // Without its load's id the page cannot be told apart from an older load's: nothing to stop.
    if (typeof loadId !== 'string') return null;
    const devices = field(raw, 'devices');
    const count = Array.isArray(devices) ? devices.length : 0;
    const loaded = field(raw, 'loaded');
    return {
      loadId,
      devices: [],
      loaded: Number.isInteger(loaded) ? (loaded as number) - count : 0,
      done: true,
      error: {
        code: 'internal',
        message: `A page of ${count} devices sent by the app's main process failed its check (${problem.text}), so the list stops before it rather than leave those devices out.`,
        // zod words its part in English only, so the window's own words name just the field.
        say: { code: 'devicePageFailedCheck', params: { count: String(count), where: problem.where === '' ? '—' : problem.where } },
      },
    };
  },
};
