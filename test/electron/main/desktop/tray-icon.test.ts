import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { discPng, trayIconImages } from '../../../../electron/main/desktop/tray-icon';

/** Decodes the PNGs this module writes (one IDAT, filter 0 rows): enough to look at pixels. */
function decode(png: Buffer): { width: number; height: number; pixel(x: number, y: number): number[] } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idatAt = png.indexOf('IDAT');
  const raw = inflateSync(png.subarray(idatAt + 4, idatAt + 4 + png.readUInt32BE(idatAt - 4)));
  return { width, height, pixel: (x, y) => [...raw.subarray(y * (1 + width * 4) + 1 + x * 4, y * (1 + width * 4) + 5 + x * 4)] };
}

describe('tray icon', () => {
  it('is a valid 16 px and 32 px PNG pair', () => {
    const images = trayIconImages('win32');
    expect(images.map((image) => [image.scaleFactor, decode(image.png).width, decode(image.png).height])).toEqual([
      [1, 16, 16],
      [2, 32, 32],
    ]);
  });

  it('is opaque in the centre and transparent in the corners', () => {
    const image = decode(discPng(32, [15, 108, 189]));
    expect(image.pixel(16, 16)).toEqual([15, 108, 189, 255]);
    expect(image.pixel(0, 0)[3]).toBe(0);
  });

  it('is black on macOS, where the menu bar tints template images', () => {
    const image = decode(trayIconImages('darwin')[0]?.png ?? Buffer.alloc(0));
    expect(image.pixel(8, 8)).toEqual([0, 0, 0, 255]);
  });
});
