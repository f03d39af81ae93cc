// Makes every app icon from the one source drawing, renderer/public/icon.svg:
//   build/icon.png        1024 px (electron-builder's fallback, and the README)
//   build/icon.ico        Windows: 16 to 256 px (the .exe and the NSIS installer)
//   build/icon.icns       macOS: 16 to 1024 px (the .app bundle and the dmg)
//   build/icons/NxN.png   Linux: the AppImage's desktop icons
// The outputs are committed, so packaging needs no image tools. Run after
// editing the SVG: `node scripts/make-icons.mjs`; `--check` only compares
// (pixels, not bytes) and exits 1 when the committed icons are out of date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIcns, buildIco, decodeBmpEntry, icnsTypes, icoSizes, readIcns, readIco } from './icons/containers.mjs';
import { decodePng, encodePng } from './icons/png.mjs';
import { rasterize } from './icons/rasterize.mjs';
import { parseSvg } from './icons/svg-shapes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const iconSource = path.join(root, 'renderer/public/icon.svg');
export const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** Renders every size any output needs, once each. */
export function renderAll(svgText) {
  const drawing = parseSvg(svgText);
  const sizes = new Set([1024, ...icoSizes, ...icnsTypes.map(([, size]) => size), ...linuxSizes]);
  return new Map([...sizes].sort((a, b) => a - b).map((size) => [size, rasterize(drawing, size)]));
}

/** The files to write, as { path relative to the project: bytes }. */
export function iconFiles(images) {
  const png = new Map([...images].map(([size, image]) => [size, encodePng(image)]));
  const files = {
    'build/icon.png': png.get(1024),
    'build/icon.ico': buildIco(icoSizes.map((size) => images.get(size))),
    'build/icon.icns': buildIcns(png),
  };
  for (const size of linuxSizes) files[`build/icons/${size}x${size}.png`] = png.get(size);
  return files;
}

/** Decodes a written file back to { size: image } so a check compares pixels. */
function imagesIn(file, bytes) {
  if (file.endsWith('.ico')) return readIco(bytes).map((e) => (e.format === 'png' ? decodePng(e.data) : decodeBmpEntry(e.data)));
  if (file.endsWith('.icns')) return readIcns(bytes).map((e) => decodePng(e.data));
  return [decodePng(bytes)];
}

function samePixels(a, b, tolerance) {
  if (a.width !== b.width || a.height !== b.height) return false;
  return a.pixels.every((value, i) => Math.abs(value - b.pixels[i]) <= tolerance);
}

/**
 * Lists the committed icon files that are missing or do not match the SVG.
 * A small tolerance absorbs floating-point differences between machines.
 */
export function staleIcons(projectRoot = root, tolerance = 2) {
  const images = renderAll(readFileSync(iconSource, 'utf8'));
  const stale = [];
  for (const [file, expected] of Object.entries(iconFiles(images))) {
    const full = path.join(projectRoot, file);
    if (!existsSync(full)) {
      stale.push(`${file} (missing)`);
      continue;
    }
    const want = imagesIn(file, expected);
    const have = imagesIn(file, readFileSync(full));
    if (want.length !== have.length || !want.every((image, i) => samePixels(image, have[i], tolerance))) stale.push(file);
  }
  return stale;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const stale = staleIcons();
    if (stale.length > 0) {
      console.error(`Icons out of date with ${path.relative(root, iconSource)}: ${stale.join(', ')}. Run: node scripts/make-icons.mjs`);
      process.exit(1);
    }
    console.log('Icons match the source drawing.');
  } else {
    const started = Date.now();
    const files = iconFiles(renderAll(readFileSync(iconSource, 'utf8')));
    for (const [file, bytes] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), bytes);
    }
    console.log(`Wrote ${Object.keys(files).length} icon files from ${path.relative(root, iconSource)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
