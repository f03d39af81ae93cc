import { inflateRawSync } from 'node:zlib';
import { CheckProblem } from './check-problem';

const problem = (code: 'preflightReportNotZip' | 'preflightReportZipEmpty' | 'preflightReportZipDamaged' | 'preflightReportTooLarge') => new CheckProblem({ code, params: {} });

/**
 * The first file of a ZIP archive (Intune's report downloads hold one CSV),
 * found through the central directory, stored or deflated. Anything else,
 * or a file larger than `maxBytes` once unpacked, is refused with a coded reason.
 */
export function firstFileOfZip(zip: Buffer, maxBytes: number): { name: string; content: Buffer } {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0 || endAt + 22 > zip.length) throw problem('preflightReportNotZip');
  if (zip.readUInt16LE(endAt + 10) < 1) throw problem('preflightReportZipEmpty');
  const central = zip.readUInt32LE(endAt + 16);
  if (central + 46 > zip.length || zip.readUInt32LE(central) !== 0x02014b50) throw problem('preflightReportZipDamaged');
  const method = zip.readUInt16LE(central + 10);
  const packedSize = zip.readUInt32LE(central + 20);
  const size = zip.readUInt32LE(central + 24);
  const nameLength = zip.readUInt16LE(central + 28);
  const local = zip.readUInt32LE(central + 42);
  const name = zip.subarray(central + 46, central + 46 + nameLength).toString('utf8');
  if (size > maxBytes) throw problem('preflightReportTooLarge');
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw problem('preflightReportZipDamaged');
  const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const packed = zip.subarray(dataAt, dataAt + packedSize);
  if (packed.length !== packedSize) throw problem('preflightReportZipDamaged');
  if (method === 0) return { name, content: Buffer.from(packed) };
  if (method !== 8) throw new CheckProblem({ code: 'preflightReportZipMethod', params: { method: String(method) } });
  return { name, content: inflateRawSync(packed, { maxOutputLength: maxBytes }) };
}
