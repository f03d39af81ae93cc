import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CheckProblem } from '../../../../main/preflight/check-problem';
import { firstFileOfZip } from '../../../../main/preflight/zip-reader';

/** A one-file ZIP archive written by hand: local header, data, central directory, end record. */
function zipOf(name: string, content: Buffer, method: 0 | 8 | 12 = 8): Buffer {
  const packed = method === 0 ? content : deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(method, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const centralAt = 30 + nameBytes.length + packed.length;
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(method, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, nameBytes, packed, central, nameBytes, end]);
}

const codeOf = (act: () => unknown) => {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(CheckProblem);
    return (error as CheckProblem).say;
  }
  throw new Error('did not fail');
};

describe('firstFileOfZip', () => {
  const csv = Buffer.from('DeviceId,HasUnlockToken\r\nabc,True\r\n');

  it('unpacks a deflated or stored file', () => {
    expect(firstFileOfZip(zipOf('Devices.csv', csv), 1_000)).toEqual({ name: 'Devices.csv', content: csv });
    expect(firstFileOfZip(zipOf('Devices.csv', csv, 0), 1_000).content).toEqual(csv);
  });

  it('refuses a broken download with a coded reason the window words, not English text', () => {
    const zip = zipOf('Devices.csv', csv);
    expect(codeOf(() => firstFileOfZip(Buffer.from('<html>expired</html>'), 1_000))).toEqual({ code: 'preflightReportNotZip', params: {} });
    expect(codeOf(() => firstFileOfZip(zip.subarray(0, 40), 1_000))).toEqual({ code: 'preflightReportNotZip', params: {} });
    const cut = Buffer.concat([zip.subarray(0, 40), zip.subarray(zip.length - 22 - 46 - 11)]);
    expect(codeOf(() => firstFileOfZip(cut, 1_000)).code).toBe('preflightReportZipDamaged');
    expect(codeOf(() => firstFileOfZip(zip, 10))).toEqual({ code: 'preflightReportTooLarge', params: {} });
    expect(codeOf(() => firstFileOfZip(zipOf('Devices.csv', csv, 12), 1_000))).toEqual({ code: 'preflightReportZipMethod', params: { method: '12' } });
    const empty = Buffer.alloc(22);
    empty.writeUInt32LE(0x06054b50, 0);
    expect(codeOf(() => firstFileOfZip(empty, 1_000))).toEqual({ code: 'preflightReportZipEmpty', params: {} });
  });
});
