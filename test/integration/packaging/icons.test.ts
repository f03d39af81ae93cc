import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs scripts without type declarations
import { staleIcons } from '../../../scripts/make-icons.mjs';
// @ts-expect-error: plain .mjs scripts without type declarations
import { readIcns, readIco } from '../../../scripts/icons/containers.mjs';
// @ts-expect-error: plain .mjs scripts without type declarations
import { decodePng } from '../../../scripts/icons/png.mjs';

const root = process.cwd();
const bytes = (file: string) => readFileSync(path.join(root, file));

type Icon = { file: string; size: number };
type ConvertIcon = (options: { sources: string[]; fallbackSources: string[]; roots: string[]; format: 'ico' | 'icns' | 'set'; outDir: string }) => Promise<{ icons: Icon[]; isFallback: boolean }>;
// electron-builder's own icon lookup: what it accepts as-is it uses without its (downloaded) converter.
const { convertIcon } = createRequire(import.meta.url)('app-builder-lib/out/util/iconConverter') as { convertIcon: ConvertIcon };

describe('the committed app icons', () => {
  it('are up to date with renderer/public/icon.svg (else run: node scripts/make-icons.mjs)', () => {
    expect(staleIcons()).toEqual([]);
  });

  it('include a 1024 px PNG', () => {
    const png = decodePng(bytes('build/icon.png')) as { width: number; height: number };
    expect([png.width, png.height]).toEqual([1024, 1024]);
  });

  it('include a multi-size Windows ICO up to 256 px', () => {
    const entries = readIco(bytes('build/icon.ico')) as { width: number; height: number; bitCount: number }[];
    expect(entries.map((e) => e.width)).toEqual([16, 20, 24, 32, 40, 48, 64, 128, 256]);
    expect(entries.every((e) => e.width === e.height && e.bitCount === 32)).toBe(true);
  });

  it('include a macOS ICNS from 16 to 1024 px', () => {
    const widths = (readIcns(bytes('build/icon.icns')) as { data: Buffer }[]).map((e) => (decodePng(e.data) as { width: number }).width);
    expect(new Set(widths)).toEqual(new Set([16, 32, 64, 128, 256, 512, 1024]));
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
