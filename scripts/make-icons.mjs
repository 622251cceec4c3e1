// Draws build/icon.png (1024x1024), the app icon electron-builder turns into .ico and .icns.
// Plain Node (zlib) so the icon is reproducible from source: `node scripts/make-icons.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const size = 1024;
const accent = [47, 91, 234];

/** Coverage of one pixel by the shape, 4x4 supersampled for smooth edges. */
function coverage(x, y, inside) {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits++;
  return hits / 16;
}

const c = size / 2;
const roundedSquare = (x, y) => {
  const r = 200, half = 460;
  const dx = Math.max(Math.abs(x - c) - (half - r), 0), dy = Math.max(Math.abs(y - c) - (half - r), 0);
  return dx * dx + dy * dy <= r * r;
};
// A handset: a thick arc (the body) with a round end at each side (earpiece and mouthpiece).
const handset = (x, y) => {
  const angle = Math.atan2(y - 560, x - c), distance = Math.hypot(x - c, y - 560);
  const inArc = distance >= 230 && distance <= 330 && angle <= -Math.PI * 0.22 && angle >= -Math.PI * 0.78;
  const end = (a) => Math.hypot(x - (c + 280 * Math.cos(a)), y - (560 + 280 * Math.sin(a))) <= 95;
  return inArc || end(-Math.PI * 0.2) || end(-Math.PI * 0.8);
};
// Sound waves under the handset: two short arcs.
const waves = (x, y) => {
  const distance = Math.hypot(x - c, y - 600), angle = Math.atan2(y - 600, x - c);
  const inCone = angle >= Math.PI * 0.3 && angle <= Math.PI * 0.7;
  return inCone && ((distance >= 90 && distance <= 130) || (distance >= 180 && distance <= 220));
};

const rows = [];
for (let y = 0; y < size; y++) {
  const row = Buffer.alloc(1 + size * 4);
  for (let x = 0; x < size; x++) {
    const background = coverage(x, y, roundedSquare);
    const glyph = Math.min(1, coverage(x, y, handset) + coverage(x, y, waves));
    const rgb = accent.map((channel) => Math.round(channel * (1 - glyph) + 255 * glyph));
    row.set([...rgb, Math.round(255 * background)], 1 + x * 4);
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let value = n;
  for (let k = 0; k < 8; k++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});
const crc32 = (bytes) => {
  let value = 0xffffffff;
  for (const byte of bytes) value = crcTable[(value ^ byte) & 0xff] ^ (value >>> 8);
  return (value ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../build/icon.png', import.meta.url), png);
console.log(`build/icon.png: ${size}x${size}, ${png.length} bytes`);
