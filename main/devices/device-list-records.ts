import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * The saved device list's file, record by record (the layout is described in
 * device-list-cache.ts). Shared by the reader there and the writer that saves
 * the list page by page while it loads (device-list-writer.ts).
 */

// Format 1 (one GCM stream over the whole file) is no longer read: such a file is dropped as unreadable, and the next load saves format 2.
export const FORMAT = 2;
/** Devices per page record; the same as a devicesProgress event, so an event's device text is a record as it is. */
export const pageSize = 250;
const ivBytes = 12;
const tagBytes = 16;

export interface Header {
  format: number;
  tenantId: string;
  savedAt: string;
  count: number;
  pages: number;
}

export function deviceCacheFile(folder: string, tenantId: string): string {
  return path.join(folder, `devices-${createHash('sha256').update(tenantId).digest('hex').slice(0, 32)}.bin`);
}

const recordLabel = (index: number) => Buffer.from(`passcode-desk device list record ${index}`, 'utf8');

export function sealRecord(key: Buffer, index: number, plain: string): Buffer {
  return Buffer.concat(sealRecordParts(key, index, plain));
}

/**
 * The same record as `sealRecord`, in the pieces it is made of, for a gathered write: a list written
 * while it loads is sealed on main's thread, and copying every page's ciphertext into one buffer
 * (twice, as `sealRecord` does) was as much of that work as the cipher.
 */
export function sealRecordParts(key: Buffer, index: number, plain: string): Buffer[] {
  const lead = Buffer.allocUnsafe(4 + ivBytes);
  const iv = lead.subarray(4);
  randomBytes(ivBytes).copy(iv);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(recordLabel(index));
  const body = cipher.update(plain, 'utf8');
  const last = cipher.final();
  lead.writeUInt32BE(body.length + last.length, 0);
  return last.length === 0 ? [lead, body, cipher.getAuthTag()] : [lead, body, last, cipher.getAuthTag()];
}

/**
 * Record 0 of a file written while its list loads: its place is kept before the pages, and it is
 * sealed last, once the count is known. So its size is fixed in advance: the header's JSON is padded
 * with spaces (JSON's own whitespace, which the reader's JSON.parse skips; the format is unchanged)
 * to the size of the longest header this tenant's list can have.
 */
export function headerRecordBytes(tenantId: string): number {
  return 4 + ivBytes + headerPlainBytes(tenantId) + tagBytes;
}

function headerPlainBytes(tenantId: string): number {
  const longest: Header = { format: FORMAT, tenantId, savedAt: new Date(8.64e15).toISOString(), count: Number.MAX_SAFE_INTEGER, pages: Number.MAX_SAFE_INTEGER };
  return Buffer.byteLength(JSON.stringify(longest), 'utf8');
}

export function sealHeader(key: Buffer, header: Header): Buffer {
  const json = JSON.stringify(header);
  const padded = json + ' '.repeat(headerPlainBytes(header.tenantId) - Buffer.byteLength(json, 'utf8'));
  return sealRecord(key, 0, padded);
}

/** Opens the record at `offset`; throws when it is cut short or fails its check. */
export function openRecord(data: Buffer, offset: number, key: Buffer, index: number): { plain: string; next: number } {
  if (offset + 4 > data.length) throw new Error(`record ${index} is missing`);
  const length = data.readUInt32BE(offset);
  const start = offset + 4 + ivBytes;
  const end = start + length;
  if (end + tagBytes > data.length) throw new Error(`record ${index} is cut short`);
  const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(offset + 4, start));
  decipher.setAAD(recordLabel(index));
  decipher.setAuthTag(data.subarray(end, end + tagBytes));
  const plain = Buffer.concat([decipher.update(data.subarray(start, end)), decipher.final()]).toString('utf8');
  return { plain, next: end + tagBytes };
}
