import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs scripts without type declarations
import { staleIcons } from '../../../scripts/make-icons.mjs';

const root = process.cwd();
const bytes = (file: string) => readFileSync(path.join(root, file));
const pngMagic = 0x89504e47;
/** Width of a PNG, from its IHDR chunk. */
const pngWidth = (png: Buffer) => png.readUInt32BE(16);
/** An ICO's directory: each entry's width (0 means 256), bit depth and whether its data is a PNG. */
function icoEntries(ico: Buffer) {
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const at = 6 + 16 * i;
    return { width: ico[at] || 256, bitCount: ico.readUInt16LE(at + 6), png: ico.readUInt32BE(ico.readUInt32LE(at + 12)) === pngMagic };
  });
}
/** An ICNS's chunks: type code, and the width when the chunk holds a PNG. */
function icnsChunks(icns: Buffer) {
  const chunks: { type: string; pngWidth: number | null }[] = [];
  for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
    const data = icns.subarray(at + 8, at + icns.readUInt32BE(at + 4));
    chunks.push({ type: icns.toString('ascii', at, at + 4), pngWidth: data.readUInt32BE(0) === pngMagic ? pngWidth(data) : null });
  }
  return chunks;
}

type Icon = { file: string; size: number };
type ConvertIcon = (options: { sources: string[]; fallbackSources: string[]; roots: string[]; format: 'ico' | 'icns' | 'set'; outDir: string }) => Promise<{ icons: Icon[]; isFallback: boolean }>;
// electron-builder's own icon lookup: what it accepts as-is it uses without its (downloaded) converter.
const { convertIcon } = createRequire(import.meta.url)('app-builder-lib/out/util/iconConverter') as { convertIcon: ConvertIcon };

describe('the committed app icons', () => {
  it('are up to date with renderer/public/icon.svg (else run: npm run icons)', () => {
    expect(staleIcons()).toEqual([]);
  });

  it('include a 1024 px PNG', () => {
    const png = bytes('build/icon.png');
    expect(png.readUInt32BE(0)).toBe(pngMagic);
    expect([pngWidth(png), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });

  it('include a Windows ICO from 16 to 256 px, 32-bit, BMP below 64 px for old shells', () => {
    const entries = icoEntries(bytes('build/icon.ico'));
    expect(entries.map((e) => e.width).sort((a, b) => a - b)).toEqual([16, 24, 32, 48, 64, 72, 96, 128, 256]);
    expect(entries.every((e) => e.bitCount === 32 && e.png === e.width >= 64)).toBe(true);
  });

  it('include a macOS ICNS up to 1024 px, with the small legacy bitmaps', () => {
    const chunks = icnsChunks(bytes('build/icon.icns'));
    expect(bytes('build/icon.icns').toString('ascii', 0, 4)).toBe('icns');
    expect(new Set(chunks.flatMap((c) => (c.pngWidth === null ? [] : [c.pngWidth])))).toEqual(new Set([32, 64, 128, 256, 512, 1024]));
    expect(chunks.map((c) => c.type)).toEqual(expect.arrayContaining(['is32', 's8mk', 'il32', 'l8mk', 'ic10']));
  });

  it('include each Linux size drawn at that size', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) expect(pngWidth(bytes(`build/icons/${size}x${size}.png`)), `${size}`).toBe(size);
  });

  it('are taken by electron-builder as they are, with no conversion', async () => {
    const outDir = path.join(os.tmpdir(), 'pd-icons-never-written');
    const roots = [path.join(root, 'build'), root];
    const ico = await convertIcon({ sources: ['build/icon.ico'], fallbackSources: [], roots, format: 'ico', outDir });
    expect(ico.icons).toEqual([{ file: path.join(root, 'build/icon.ico'), size: 256 }]);
    const icns = await convertIcon({ sources: ['build/icon.icns'], fallbackSources: [], roots, format: 'icns', outDir });
    expect(icns.icons.map((i) => i.file)).toEqual([path.join(root, 'build/icon.icns')]);
    const linux = await convertIcon({ sources: ['build/icons'], fallbackSources: [], roots, format: 'set', outDir });
    expect(linux.isFallback).toBe(false);
    expect(linux.icons.map((i) => i.size)).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024]);
    expect(linux.icons.every((i) => i.file.startsWith(path.join(root, 'build/icons')))).toBe(true);
  });
});
