import { describe, expect, it } from 'vitest';
import { answerPage, isPackedPage, unpackPage, type PackedPageAnswer } from '../../../../renderer/store/device-page-answer';
import { readTextEvent } from '../../../../shared/ipc/text-events';
import { androidDedicated, macDevice, makeDevice } from '../support/fixtures';

const devices = [
  makeDevice({ id: 'a', name: 'Niccolò’s iPad', isSharedDevice: true }),
  androidDedicated({ id: 'b', name: null, imei: null, isSupervised: null }),
  macDevice({ id: 'c', userDisplayName: 'true', isSupervised: false }),
  makeDevice({ id: 'd', osVersion: '18.0', lastSyncDateTime: null }),
];
const pageText = JSON.stringify({ loadId: 'L1', devices, loaded: 4, total: 10, done: false, error: null });

/** The answer after crossing to another thread, as the window's main thread receives it. */
function crossed(wire: string | ArrayBuffer) {
  const { answer, transfer } = answerPage(wire);
  return structuredClone(answer, { transfer });
}

describe('device page answer', () => {
  it('gives back, packed and unpacked, exactly the page the main thread would have read itself', () => {
    const answer = crossed(pageText);
    expect(isPackedPage(answer)).toBe(true);
    const reading = unpackPage(answer as PackedPageAnswer);
    expect(reading).toEqual(readTextEvent('devicesProgress', pageText));
    // Field by field, nulls, booleans and a string that reads like a boolean included.
    if (reading?.kind !== 'event') throw new Error('not read');
    expect(reading.payload.devices.map((d) => [d.id, d.name, d.isSupervised, d.userDisplayName, d.osVersion, d.isSharedDevice])).toEqual([
      ['a', 'Niccolò’s iPad', true, 'Maria Rossi', '17.6.1', true],
      ['b', null, null, 'Maria Rossi', '13', undefined],
      ['c', 'DEMO-MACOS-15', false, 'true', '15.1.1', undefined],
      ['d', 'DEMO-IOS-17', true, 'Maria Rossi', '18.0', undefined],
    ]);
    expect(reading.payload).toMatchObject({ loadId: 'L1', loaded: 4, total: 10, done: false, error: null });
  });

  it('sends a value repeated across the page once, and moves the cells instead of copying them', () => {
    const { answer, transfer } = answerPage(new TextEncoder().encode(pageText).buffer as ArrayBuffer);
    if (!isPackedPage(answer)) throw new Error('not packed');
    expect(answer.values.filter((value) => value === 'Maria Rossi')).toHaveLength(1);
    expect(answer.values.filter((value) => typeof value === 'object' && value !== null)).toHaveLength(3);
    expect(transfer).toEqual([answer.cells.buffer]);
    structuredClone(answer, { transfer });
    expect(answer.cells.byteLength).toBe(0);
  });

  it('answers an unreadable or dropped page as the reading itself, with nothing to move', () => {
    expect(answerPage('{"loadId":')).toEqual({ answer: { kind: 'unreadable', problem: 'not valid JSON' }, transfer: [] });
    expect(answerPage(JSON.stringify({ devices: [], loaded: 0, done: true, error: null }))).toEqual({ answer: { kind: 'dropped' }, transfer: [] });
  });

  it('refuses a packed answer that does not hold together, so the page is read again where it came', () => {
    const good = crossed(pageText) as PackedPageAnswer;
    expect(unpackPage({ ...good, cells: good.cells.slice(1) })).toBeNull();
    const outside = good.cells.slice();
    outside[5] = good.values.length;
    expect(unpackPage({ ...good, cells: outside })).toBeNull();
    const negative = good.cells.slice();
    negative[0] = -1;
    expect(unpackPage({ ...good, cells: negative })).toBeNull();
    expect(unpackPage({ ...good, cells: Array.from(good.cells) as never })).toBeNull();
    expect(unpackPage({ ...good, payload: null as never })).toBeNull();
    expect(unpackPage(good)).not.toBeNull();
  });
});
