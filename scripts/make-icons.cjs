// Draws the add-in icon (three rising bars and a check mark on a teal tile) at every size the
// manifest declares, as PNG written with zlib alone, so the icons can be regenerated anywhere.
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const TILE = [0x0f, 0x6c, 0xbd];
const BAR = [0xff, 0xff, 0xff];
const CHECK = [0xff, 0xc8, 0x3d];

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage-sampled colour of one pixel in a 1×1 design space. */
function sample(u, v) {
  const r = 0.16;
  const inTile =
    u >= 0 &&
    u <= 1 &&
    v >= 0 &&
    v <= 1 &&
    !(
      (u < r && v < r && Math.hypot(u - r, v - r) > r) ||
      (u > 1 - r && v < r && Math.hypot(u - 1 + r, v - r) > r) ||
      (u < r && v > 1 - r && Math.hypot(u - r, v - 1 + r) > r) ||
      (u > 1 - r && v > 1 - r && Math.hypot(u - 1 + r, v - 1 + r) > r)
    );
  if (!inTile) return null;
  if (
    distToSegment(u, v, 0.5, 0.36, 0.62, 0.48) < 0.055 ||
    distToSegment(u, v, 0.62, 0.48, 0.86, 0.18) < 0.055
  )
    return CHECK;
  const bars = [
    [0.16, 0.3, 0.62],
    [0.36, 0.5, 0.5],
    [0.56, 0.7, 0.36],
  ];
  for (const [x0, x1, top] of bars)
    if (u >= x0 && u <= x1 && v >= Math.max(top, 0.55 - (x0 - 0.16) * 0.6) && v <= 0.84) return BAR;
  return TILE;
}

function render(size) {
  const ss = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let rs = 0,
        gs = 0,
        bs = 0,
        a = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = sample((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          if (c) {
            rs += c[0];
            gs += c[1];
            bs += c[2];
            a++;
          }
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? Math.round(rs / a) : 0;
      raw[o + 1] = a ? Math.round(gs / a) : 0;
      raw[o + 2] = a ? Math.round(bs / a) : 0;
      raw[o + 3] = Math.round((255 * a) / (ss * ss));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const s of SIZES) fs.writeFileSync(path.join(out, `icon-${s}.png`), render(s));
console.log(`icons: ${SIZES.map((s) => `icon-${s}.png`).join(", ")}`);
