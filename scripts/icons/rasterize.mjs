// Paints parsed SVG shapes into straight RGBA pixels at any square size, with
// supersampled anti-aliasing. Each size is drawn from the vectors rather than
// scaled down from a big bitmap, so small icons stay crisp.

function insideRect(s, x, y) {
  if (x < s.x || x > s.x + s.width || y < s.y || y > s.y + s.height) return false;
  const cx = x < s.x + s.rx ? s.x + s.rx : x > s.x + s.width - s.rx ? s.x + s.width - s.rx : x;
  const cy = y < s.y + s.ry ? s.y + s.ry : y > s.y + s.height - s.ry ? s.y + s.height - s.ry : y;
  if (cx === x || cy === y) return true;
  const dx = (x - cx) / s.rx;
  const dy = (y - cy) / s.ry;
  return dx * dx + dy * dy <= 1;
}

function insideEllipse(s, x, y) {
  const dx = (x - s.cx) / s.rx;
  const dy = (y - s.cy) / s.ry;
  return dx * dx + dy * dy <= 1;
}

/** Non-zero winding rule over every subpath, each closed implicitly (as SVG fills are). */
function insideFill(s, x, y) {
  let winding = 0;
  for (const { points } of s.subpaths) {
    for (let i = 0; i < points.length; i++) {
      const [x1, y1] = points[i];
      const [x2, y2] = points[(i + 1) % points.length];
      const side = (x2 - x1) * (y - y1) - (x - x1) * (y2 - y1);
      if (y1 <= y && y2 > y && side > 0) winding++;
      else if (y1 > y && y2 <= y && side < 0) winding--;
    }
  }
  return winding !== 0;
}

/** Within half the stroke width of a segment; open ends are cut square (SVG's default butt cap). */
function insideStroke(s, x, y) {
  const limit = (s.width / 2) ** 2;
  for (const { points, closed } of s.subpaths) {
    const count = closed ? points.length : points.length - 1;
    for (let i = 0; i < count; i++) {
      const [x1, y1] = points[i];
      const [x2, y2] = points[(i + 1) % points.length];
      const lengthSquared = (x2 - x1) ** 2 + (y2 - y1) ** 2;
      if (lengthSquared === 0) continue;
      const t = ((x - x1) * (x2 - x1) + (y - y1) * (y2 - y1)) / lengthSquared;
      if (!closed && ((i === 0 && t < 0) || (i === count - 1 && t > 1))) continue;
      const c = Math.min(1, Math.max(0, t));
      if ((x - x1 - c * (x2 - x1)) ** 2 + (y - y1 - c * (y2 - y1)) ** 2 <= limit) return true;
    }
  }
  return false;
}

function boundsOf(shape) {
  if (shape.kind === 'rect') return [shape.x, shape.y, shape.x + shape.width, shape.y + shape.height];
  if (shape.kind === 'ellipse') return [shape.cx - shape.rx, shape.cy - shape.ry, shape.cx + shape.rx, shape.cy + shape.ry];
  const all = shape.subpaths.flatMap((s) => s.points);
  const pad = shape.paint === 'stroke' ? shape.width / 2 : 0;
  return [Math.min(...all.map((p) => p[0])) - pad, Math.min(...all.map((p) => p[1])) - pad, Math.max(...all.map((p) => p[0])) + pad, Math.max(...all.map((p) => p[1])) + pad];
}

function testerOf(shape) {
  if (shape.kind === 'rect') return (x, y) => insideRect(shape, x, y);
  if (shape.kind === 'ellipse') return (x, y) => insideEllipse(shape, x, y);
  return shape.paint === 'stroke' ? (x, y) => insideStroke(shape, x, y) : (x, y) => insideFill(shape, x, y);
}

/** Renders { viewBox, shapes } into a size x size RGBA image (straight alpha). */
export function rasterize({ viewBox, shapes }, size) {
  const [vx, vy, vw, vh] = viewBox;
  const scale = Math.max(vw, vh) / size;
  // More samples where a pixel is a larger share of the drawing.
  const grid = size <= 64 ? 8 : 4;
  const premultiplied = new Float64Array(size * size * 4);
  for (const shape of shapes) {
    const inside = testerOf(shape);
    const [bx0, by0, bx1, by1] = boundsOf(shape);
    const px0 = Math.max(0, Math.floor((bx0 - vx) / scale));
    const py0 = Math.max(0, Math.floor((by0 - vy) / scale));
    const px1 = Math.min(size - 1, Math.ceil((bx1 - vx) / scale));
    const py1 = Math.min(size - 1, Math.ceil((by1 - vy) / scale));
    const [r, g, b] = shape.colour.map((c) => c / 255);
    for (let py = py0; py <= py1; py++) {
      for (let px = px0; px <= px1; px++) {
        let hits = 0;
        for (let sy = 0; sy < grid; sy++) {
          const y = vy + (py + (sy + 0.5) / grid) * scale;
          for (let sx = 0; sx < grid; sx++) if (inside(vx + (px + (sx + 0.5) / grid) * scale, y)) hits++;
        }
        if (hits === 0) continue;
        const coverage = hits / (grid * grid);
        const o = (py * size + px) * 4;
        const keep = 1 - coverage;
        premultiplied[o] = r * coverage + premultiplied[o] * keep;
        premultiplied[o + 1] = g * coverage + premultiplied[o + 1] * keep;
        premultiplied[o + 2] = b * coverage + premultiplied[o + 2] * keep;
        premultiplied[o + 3] = coverage + premultiplied[o + 3] * keep;
      }
    }
  }
  const pixels = new Uint8Array(size * size * 4);
  for (let o = 0; o < pixels.length; o += 4) {
    const alpha = premultiplied[o + 3];
    if (alpha === 0) continue;
    for (let c = 0; c < 3; c++) pixels[o + c] = Math.round((premultiplied[o + c] / alpha) * 255);
    pixels[o + 3] = Math.round(alpha * 255);
  }
  return { width: size, height: size, pixels };
}
