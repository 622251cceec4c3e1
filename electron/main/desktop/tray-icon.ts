import { crc32, deflateSync } from 'node:zlib';

/*
 * The tray icon, drawn here rather than shipped as a file: build/ is not packaged into the app,
 * and a missing icon file would leave an invisible tray entry. A filled disc with a ring cut
 * out reads as "status light" at 16 px. On macOS it is a template image (black plus alpha), so
 * the menu bar tints it for light and dark mode.
 */

export interface TrayIconImage {
  png: Buffer;
  /** 1 for the 16 px image, 2 for the 32 px one (Retina / 200 % scaling). */
  scaleFactor: number;
}

type Rgb = readonly [number, number, number];

const appBlue: Rgb = [0x0f, 0x6c, 0xbd];
const black: Rgb = [0, 0, 0];

export function trayIconImages(platform: NodeJS.Platform): TrayIconImage[] {
  const colour = platform === 'darwin' ? black : appBlue;
  return [1, 2].map((scaleFactor) => ({ png: discPng(16 * scaleFactor, colour), scaleFactor }));
}

/** A square RGBA PNG: a disc with a transparent ring between its edge and its centre dot. */
export function discPng(size: number, colour: Rgb): Buffer {
  const centre = size / 2;
  const outer = size / 2 - 0.5;
  const ring = { from: outer * 0.55, to: outer * 0.7 };
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x += 1) {
      const distance = Math.hypot(x + 0.5 - centre, y + 0.5 - centre);
      // One pixel of soft edge on each boundary, so the small sizes do not look jagged.
      const inDisc = clamp01(outer - distance + 0.5);
      const outOfRing = 1 - Math.min(clamp01(distance - ring.from + 0.5), clamp01(ring.to - distance + 0.5));
      const alpha = Math.round(255 * inDisc * outOfRing);
      row.set([colour[0], colour[1], colour[2], alpha], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([length, body, crc]);
}

function clamp01(value: number): number {
  return Math.max(0, Math.min(1, value));
}
