// Reads the small SVG subset the app icon is drawn with (rect with rounded
// corners, circle, ellipse, path with M/L/H/V/A/C/Z, flat fills and strokes)
// into shapes the rasteriser can test points against. Anything else fails
// loudly: a silently ignored element would ship a wrong icon.
const curveSteps = 24;

function attributesOf(text) {
  const attributes = {};
  for (const [, name, value] of text.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) attributes[name] = value;
  return attributes;
}

function number(attributes, name, fallback) {
  const raw = attributes[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`Attribute ${name}="${raw}" is not a plain number`);
  return value;
}

/** '#rgb' / '#rrggbb' / 'none' into [r, g, b] or null. */
function colour(raw, fallback) {
  if (raw === undefined) return fallback;
  if (raw === 'none') return null;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(raw);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(raw);
  const hex = short ? short.slice(1).map((h) => h + h) : long?.slice(1);
  if (!hex) throw new Error(`Unsupported colour "${raw}" (use #rgb, #rrggbb or none)`);
  return hex.map((h) => parseInt(h, 16));
}

/** Flattens an SVG arc (endpoint form, SVG 1.1 appendix F.6.5) into points after the start point. */
function arcPoints([x1, y1], rx, ry, rotation, largeArc, sweep, [x2, y2]) {
  if (rx === 0 || ry === 0) return [[x2, y2]];
  const phi = (rotation * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const x1p = cos * dx + sin * dy;
  const y1p = -sin * dx + cos * dy;
  rx = Math.abs(rx);
  ry = Math.abs(ry);
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const root = Math.sqrt(Math.max(0, num / (rx * rx * y1p * y1p + ry * ry * x1p * x1p))) * (largeArc === sweep ? -1 : 1);
  const cxp = (root * rx * y1p) / ry;
  const cyp = (-root * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const angle = (ux, uy, vx, vy) => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const start = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
  let delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const points = [];
  for (let i = 1; i <= curveSteps; i++) {
    const t = start + (delta * i) / curveSteps;
    const ex = rx * Math.cos(t);
    const ey = ry * Math.sin(t);
    points.push(i === curveSteps ? [x2, y2] : [cos * ex - sin * ey + cx, sin * ex + cos * ey + cy]);
  }
  return points;
}

/** Path data into subpaths: { points: [[x, y], ...], closed }. */
export function parsePathData(d) {
  const tokens = [...d.matchAll(/([MmLlHhVvAaCcZz])|(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)/g)].map((m) => m[1] ?? Number(m[2]));
  const leftover = d.replace(/([MmLlHhVvAaCcZz])|(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)|[\s,]/g, '');
  if (leftover) throw new Error(`Unsupported path data "${leftover.slice(0, 20)}" in d="${d}"`);
  const subpaths = [];
  let current = null;
  let point = [0, 0];
  let command = null;
  let i = 0;
  const next = () => {
    const value = tokens[i++];
    if (typeof value !== 'number') throw new Error(`Path data ends early or is malformed: d="${d}"`);
    return value;
  };
  const lineTo = (p) => {
    if (!current) throw new Error(`Path data must start with M: d="${d}"`);
    current.points.push(p);
    point = p;
  };
  while (i < tokens.length) {
    if (typeof tokens[i] === 'string') command = tokens[i++];
    else if (command === null) throw new Error(`Path data must start with a command: d="${d}"`);
    const relative = command === command.toLowerCase();
    const base = relative ? point : [0, 0];
    switch (command.toUpperCase()) {
      case 'M': {
        const p = [base[0] + next(), base[1] + next()];
        current = { points: [p], closed: false };
        subpaths.push(current);
        point = p;
        command = relative ? 'l' : 'L'; // further pairs after M are line-tos
        break;
      }
      case 'L':
        lineTo([base[0] + next(), base[1] + next()]);
        break;
      case 'H':
        lineTo([(relative ? point[0] : 0) + next(), point[1]]);
        break;
      case 'V':
        lineTo([point[0], (relative ? point[1] : 0) + next()]);
        break;
      case 'A': {
        const [rx, ry, rotation, large, sweep] = [next(), next(), next(), next(), next()];
        const end = [base[0] + next(), base[1] + next()];
        for (const p of arcPoints(point, rx, ry, rotation, large !== 0, sweep !== 0, end)) lineTo(p);
        break;
      }
      case 'C': {
        const [c1, c2, end] = [0, 1, 2].map(() => [base[0] + next(), base[1] + next()]);
        const p0 = point;
        for (let s = 1; s <= curveSteps; s++) {
          const t = s / curveSteps;
          const u = 1 - t;
          const at = (k) => u * u * u * p0[k] + 3 * u * u * t * c1[k] + 3 * u * t * t * c2[k] + t * t * t * end[k];
          lineTo(s === curveSteps ? end : [at(0), at(1)]);
        }
        break;
      }
      case 'Z':
        if (!current) throw new Error(`Z before any M: d="${d}"`);
        current.closed = true;
        point = current.points[0];
        current = { points: [point], closed: false };
        subpaths.push(current);
        command = null;
        break;
      default:
        throw new Error(`Unsupported path command "${command}"`);
    }
  }
  return subpaths.filter((s) => s.points.length > 1);
}

/**
 * Parses the icon SVG into { viewBox: [x, y, w, h], shapes }, each shape
 * { kind: 'rect'|'ellipse'|'path', paint: 'fill'|'stroke', colour, ... } in
 * document order (later shapes paint over earlier ones).
 */
export function parseSvg(text) {
  const svg = /<svg\b([^>]*)>/.exec(text);
  if (!svg) throw new Error('No <svg> element found');
  const viewBox = (attributesOf(svg[1]).viewBox ?? '').trim().split(/[\s,]+/).map(Number);
  if (viewBox.length !== 4 || viewBox.some((v) => !Number.isFinite(v))) throw new Error('The <svg> element needs a numeric viewBox');
  const shapes = [];
  const body = text.slice(svg.index + svg[0].length).replace(/<\/svg>\s*$/, '');
  // Closing tags and comments do not match: only opening tags name a shape.
  for (const [, name, rawAttributes] of body.matchAll(/<([\w:-]+)\b([^>]*?)\/?>/g)) {
    const a = attributesOf(rawAttributes);
    for (const unsupported of ['transform', 'style', 'class', 'opacity', 'fill-opacity', 'stroke-opacity', 'fill-rule', 'stroke-linecap', 'stroke-linejoin']) {
      if (a[unsupported] !== undefined) throw new Error(`<${name}> uses "${unsupported}", which make-icons does not support`);
    }
    const fill = colour(a.fill, [0, 0, 0]);
    const stroke = colour(a.stroke, null);
    const strokeWidth = number(a, 'stroke-width', 1);
    let geometry;
    if (name === 'rect') {
      const rx = a.rx !== undefined ? number(a, 'rx', 0) : number(a, 'ry', 0);
      const ry = a.ry !== undefined ? number(a, 'ry', 0) : rx;
      const [x, y, width, height] = [number(a, 'x', 0), number(a, 'y', 0), number(a, 'width', 0), number(a, 'height', 0)];
      geometry = { kind: 'rect', x, y, width, height, rx: Math.min(rx, width / 2), ry: Math.min(ry, height / 2) };
    } else if (name === 'circle' || name === 'ellipse') {
      const r = number(a, 'r', 0);
      geometry = { kind: 'ellipse', cx: number(a, 'cx', 0), cy: number(a, 'cy', 0), rx: name === 'circle' ? r : number(a, 'rx', 0), ry: name === 'circle' ? r : number(a, 'ry', 0) };
    } else if (name === 'path') {
      geometry = { kind: 'path', subpaths: parsePathData(a.d ?? '') };
    } else {
      throw new Error(`<${name}> is not supported by make-icons (rect, circle, ellipse and path are)`);
    }
    if (fill) shapes.push({ ...geometry, paint: 'fill', colour: fill });
    if (stroke) {
      if (geometry.kind !== 'path') throw new Error(`Strokes are supported on <path> only, not <${name}>`);
      shapes.push({ ...geometry, paint: 'stroke', colour: stroke, width: strokeWidth });
    }
  }
  if (shapes.length === 0) throw new Error('The SVG draws nothing');
  return { viewBox, shapes };
}
