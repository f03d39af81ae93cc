import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs scripts without type declarations
import { parsePathData, parseSvg } from '../../../scripts/icons/svg-shapes.mjs';
// @ts-expect-error: plain .mjs scripts without type declarations
import { rasterize } from '../../../scripts/icons/rasterize.mjs';
// @ts-expect-error: plain .mjs scripts without type declarations
import { decodePng, encodePng } from '../../../scripts/icons/png.mjs';
// @ts-expect-error: plain .mjs scripts without type declarations
import { buildIcns, buildIco, decodeBmpEntry, readIcns, readIco } from '../../../scripts/icons/containers.mjs';

interface Image {
  width: number;
  height: number;
  pixels: Uint8Array;
}
const render = (svg: string, size: number) => rasterize(parseSvg(svg), size) as Image;
const pixel = (image: Image, x: number, y: number) => Array.from(image.pixels.slice((y * image.width + x) * 4, (y * image.width + x) * 4 + 4));
/** Same size and pixels (compared as bytes: deep equality on large typed arrays is slow). */
const same = (a: Image, b: Image) => a.width === b.width && a.height === b.height && Buffer.from(a.pixels).equals(Buffer.from(b.pixels));
const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8">${body}</svg>`;

describe('the icon rasteriser', () => {
  it('paints shapes in document order, scaled from the viewBox', () => {
    const image = render(svg('<rect width="8" height="8" fill="#102030"/><rect x="4" y="0" width="4" height="8" fill="#fff"/>'), 16);
    expect(pixel(image, 2, 8)).toEqual([0x10, 0x20, 0x30, 255]);
    expect(pixel(image, 12, 8)).toEqual([255, 255, 255, 255]);
  });

  it('leaves uncovered pixels transparent and anti-aliases edges', () => {
    const image = render(svg('<circle cx="4" cy="4" r="3" fill="#000"/>'), 8);
    expect(pixel(image, 0, 0)[3]).toBe(0);
    expect(pixel(image, 4, 4)[3]).toBe(255);
    const edge = pixel(image, 1, 2)[3]!;
    expect(edge).toBeGreaterThan(0);
    expect(edge).toBeLessThan(255);
  });

  it('rounds rectangle corners', () => {
    const image = render(svg('<rect width="8" height="8" rx="4" fill="#000"/>'), 32);
    expect(pixel(image, 0, 0)[3]).toBe(0);
    expect(pixel(image, 16, 0)[3]).toBeGreaterThan(0);
  });

  it('strokes open paths with square ends and fills closed ones', () => {
    const stroked = render(svg('<path d="M2 4h4" stroke="#000" stroke-width="2" fill="none"/>'), 8);
    expect(pixel(stroked, 3, 3)[3]).toBe(255);
    expect(pixel(stroked, 1, 3)[3]).toBe(0); // butt cap: nothing before x=2
    const filled = render(svg('<path d="M0 0H8V8z" fill="#000"/>'), 8);
    expect(pixel(filled, 6, 1)[3]).toBe(255);
    expect(pixel(filled, 1, 6)[3]).toBe(0);
  });

  it('flattens arcs through their far side', () => {
    const [arc] = parsePathData('M0 4a4 4 0 0 1 8 0') as { points: [number, number][] }[];
    const top = Math.min(...arc!.points.map(([, y]) => y));
    expect(top).toBeCloseTo(0, 5); // sweep 1 from left to right goes over the top
    expect(arc!.points.at(-1)).toEqual([8, 4]);
  });

  it('refuses SVG it cannot draw faithfully rather than skipping it', () => {
    expect(() => parseSvg(svg('<g><rect width="8" height="8"/></g>'))).toThrow(/<g> is not supported/);
    expect(() => parseSvg(svg('<rect width="8" height="8" transform="rotate(45)"/>'))).toThrow(/transform/);
    expect(() => parseSvg(svg('<rect width="8" height="8" fill="red"/>'))).toThrow(/Unsupported colour/);
    expect(() => parseSvg(svg('<path d="M0 0Q1 1 2 2"/>'))).toThrow(/Unsupported path data/);
    expect(() => parseSvg('<svg><rect width="1" height="1"/></svg>')).toThrow(/viewBox/);
  });
});

describe('the icon containers', () => {
  const images: Image[] = [16, 32, 256].map((size) => render(svg('<rect width="8" height="8" rx="2" fill="#1f3a5f"/>'), size));

  it('round-trips PNG pixels', () => {
    expect(same(decodePng(encodePng(images[1])), images[1]!)).toBe(true);
  });

  it('writes ICO with BMP entries below 256 px and a PNG entry at 256', () => {
    const entries = readIco(buildIco(images)) as { width: number; bitCount: number; format: string; data: Buffer }[];
    expect(entries.map((e) => [e.width, e.format, e.bitCount])).toEqual([
      [16, 'bmp', 32],
      [32, 'bmp', 32],
      [256, 'png', 32],
    ]);
    expect(same(decodeBmpEntry(entries[0]!.data), images[0]!)).toBe(true);
    expect(same(decodePng(entries[2]!.data), images[2]!)).toBe(true);
  });

  it('writes ICNS entries of PNG data with their type codes', () => {
    const blank = (size: number): Image => ({ width: size, height: size, pixels: new Uint8Array(size * size * 4) });
    const png = new Map([16, 32, 64, 128, 256, 512, 1024].map((size) => [size, encodePng(blank(size))]));
    const entries = readIcns(buildIcns(png)) as { type: string; data: Buffer }[];
    expect(entries.map((e) => e.type)).toEqual(['icp4', 'icp5', 'icp6', 'ic07', 'ic08', 'ic09', 'ic10', 'ic11', 'ic12', 'ic13', 'ic14']);
    expect((decodePng(entries.find((e) => e.type === 'ic10')!.data) as Image).width).toBe(1024);
    expect((decodePng(entries.find((e) => e.type === 'ic11')!.data) as Image).width).toBe(32);
  });
});
