// The two icon containers the installers need, both simple lists of images:
// Windows .ico (NSIS and the .exe resources) and macOS .icns (the .app bundle).
import { encodePng } from './png.mjs';

/** Sizes Windows asks for (Explorer views, taskbar, Start, high DPI). */
export const icoSizes = [16, 20, 24, 32, 40, 48, 64, 128, 256];

/**
 * ICNS entry types, each a PNG (accepted by macOS 10.7 and later). The @2x
 * types hold the same pixels as the next size up; Finder picks by type.
 */
export const icnsTypes = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024], // 512@2x
  ['ic11', 32], // 16@2x
  ['ic12', 64], // 32@2x
  ['ic13', 256], // 128@2x
  ['ic14', 512], // 256@2x
];

/**
 * A 32-bit BMP entry (BITMAPINFOHEADER, bottom-up BGRA rows, then the 1-bit
 * AND mask). Sizes under 256 use it rather than PNG: it is the form every ICO
 * reader accepts, whereas PNG entries were added (by Windows Vista) for 256.
 */
function bmpEntry({ width, height, pixels }) {
  const maskStride = Math.ceil(width / 32) * 4;
  const out = Buffer.alloc(40 + width * height * 4 + maskStride * height);
  out.writeUInt32LE(40, 0);
  out.writeInt32LE(width, 4);
  out.writeInt32LE(height * 2, 8); // colour rows plus mask rows, as ICO requires
  out.writeUInt16LE(1, 12);
  out.writeUInt16LE(32, 14);
  out.writeUInt32LE(width * height * 4 + maskStride * height, 20);
  for (let y = 0; y < height; y++) {
    const row = 40 + (height - 1 - y) * width * 4;
    const maskRow = 40 + width * height * 4 + (height - 1 - y) * maskStride;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      out.set([pixels[i + 2], pixels[i + 1], pixels[i], pixels[i + 3]], row + x * 4);
      if (pixels[i + 3] === 0) out[maskRow + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  return out;
}

/** images: RGBA images, one per size. 256 is stored as PNG (Vista and later), the rest as BMP. */
export function buildIco(images) {
  const sorted = [...images].sort((a, b) => a.width - b.width);
  const payloads = sorted.map((image) => (image.width >= 256 ? encodePng(image) : bmpEntry(image)));
  const header = Buffer.alloc(6 + 16 * sorted.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(sorted.length, 4);
  let offset = header.length;
  sorted.forEach((image, i) => {
    const entry = 6 + i * 16;
    header[entry] = image.width >= 256 ? 0 : image.width; // 0 means 256
    header[entry + 1] = image.height >= 256 ? 0 : image.height;
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(payloads[i].length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += payloads[i].length;
  });
  return Buffer.concat([header, ...payloads]);
}

/** Lists an .ico's entries: { width, height, bitCount, format: 'png'|'bmp', data }. */
export function readIco(buffer) {
  if (buffer.readUInt16LE(0) !== 0 || buffer.readUInt16LE(2) !== 1) throw new Error('Not an ICO file');
  return Array.from({ length: buffer.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + i * 16;
    const data = buffer.subarray(buffer.readUInt32LE(entry + 12), buffer.readUInt32LE(entry + 12) + buffer.readUInt32LE(entry + 8));
    return {
      width: buffer[entry] || 256,
      height: buffer[entry + 1] || 256,
      bitCount: buffer.readUInt16LE(entry + 6),
      format: data.subarray(1, 4).toString('ascii') === 'PNG' ? 'png' : 'bmp',
      data,
    };
  });
}

/** Decodes a 32-bit BMP ICO entry back to straight RGBA (for checks). */
export function decodeBmpEntry(data) {
  const width = data.readInt32LE(4);
  const height = data.readInt32LE(8) / 2;
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const row = 40 + (height - 1 - y) * width * 4;
    for (let x = 0; x < width; x++) {
      const p = row + x * 4;
      pixels.set([data[p + 2], data[p + 1], data[p], data[p + 3]], (y * width + x) * 4);
    }
  }
  return { width, height, pixels };
}

/** pngBySize: Map of pixel size to encoded PNG. */
export function buildIcns(pngBySize) {
  const entries = icnsTypes.map(([type, size]) => {
    const png = pngBySize.get(size);
    if (!png) throw new Error(`No ${size}px image for ICNS entry ${type}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + entries.reduce((sum, e) => sum + e.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}

/** Lists an .icns's entries: { type, data }. */
export function readIcns(buffer) {
  if (buffer.toString('ascii', 0, 4) !== 'icns' || buffer.readUInt32BE(4) !== buffer.length) throw new Error('Not an ICNS file');
  const entries = [];
  for (let offset = 8; offset < buffer.length; ) {
    const length = buffer.readUInt32BE(offset + 4);
    if (length < 8 || offset + length > buffer.length) throw new Error(`Corrupt ICNS entry at ${offset}`);
    entries.push({ type: buffer.toString('ascii', offset, offset + 4), data: buffer.subarray(offset + 8, offset + length) });
    offset += length;
  }
  return entries;
}
