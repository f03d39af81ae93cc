// Makes every app icon from the one source drawing, renderer/public/icon.svg:
//   build/icon.png        1024 px (electron-builder's fallback, and the README)
//   build/icon.ico        Windows: 16 to 256 px (the .exe and the NSIS installer)
//   build/icon.icns       macOS: 16 to 1024 px (the .app bundle and the dmg)
//   build/icons/NxN.png   Linux: the AppImage's desktop icons
// The SVG is drawn by @resvg/resvg-js (each PNG at its own size, so small icons
// stay sharp) and the ICO and ICNS are packed by png2icons from the 1024 px PNG.
// The outputs are committed because electron-builder's own converter downloads
// a toolset from outside the npm registry at build time, which packaging here
// (and offline) cannot do; it takes ready .ico/.icns/PNG sets as they are.
// Run after editing the SVG: `npm run icons`; `--check` only compares and
// exits 1 when the committed icons are out of date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const iconSource = path.join(root, 'renderer/public/icon.svg');
export const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** The SVG drawn as a square PNG `size` pixels wide. */
export function renderPng(svgText, size) {
  return Buffer.from(new Resvg(svgText, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng());
}

/** The files to write, as { path relative to the project: bytes }. */
export function iconFiles(svgText) {
  const png = new Map(linuxSizes.map((size) => [size, renderPng(svgText, size)]));
  const large = png.get(1024);
  // Bicubic scaling for the smaller ICO/ICNS entries; `true` (forWinExe) keeps 16-48 px as BMP, which old Windows shells need.
  const ico = png2icons.createICO(large, png2icons.BICUBIC2, 0, false, true);
  const icns = png2icons.createICNS(large, png2icons.BICUBIC2, 0);
  if (!ico || !icns) throw new Error('png2icons could not pack the 1024 px PNG');
  const files = { 'build/icon.png': large, 'build/icon.ico': ico, 'build/icon.icns': icns };
  for (const size of linuxSizes) files[`build/icons/${size}x${size}.png`] = png.get(size);
  return files;
}

/**
 * Lists the committed icon files that are missing or differ from a fresh
 * render. Both libraries are deterministic for a given input and version, so
 * bytes are compared; a version bump of either means running `npm run icons`.
 */
export function staleIcons(projectRoot = root) {
  const files = iconFiles(readFileSync(iconSource, 'utf8'));
  return Object.entries(files).flatMap(([file, bytes]) => {
    const full = path.join(projectRoot, file);
    if (!existsSync(full)) return [`${file} (missing)`];
    return readFileSync(full).equals(bytes) ? [] : [file];
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const stale = staleIcons();
    if (stale.length > 0) {
      console.error(`Icons out of date with ${path.relative(root, iconSource)}: ${stale.join(', ')}. Run: npm run icons`);
      process.exit(1);
    }
    console.log('Icons match the source drawing.');
  } else {
    const files = iconFiles(readFileSync(iconSource, 'utf8'));
    for (const [file, bytes] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), bytes);
    }
    console.log(`Wrote ${Object.keys(files).length} icon files from ${path.relative(root, iconSource)}`);
  }
}
