/**
 * Draws the extension icon (docs/images/icon.png, 128x128): a teal rounded square with a white nerve
 * fibre (a cell body and an axon wrapped in three myelin segments). Plain geometry rendered with
 * 4x4 supersampling and written as a PNG with node:zlib, so no image tool is needed.
 * Run: node --import tsx scripts/generate-icon.ts
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4;
const BG = [0x1f, 0x6f, 0x78];
const FG = [0xff, 0xff, 0xff];

/** Signed distance to a rounded rectangle centred at (cx, cy). */
function roundRect(x: number, y: number, cx: number, cy: number, hw: number, hh: number, r: number): number {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function circle(x: number, y: number, cx: number, cy: number, r: number): number {
  return Math.hypot(x - cx, y - cy) - r;
}

/** Which layer covers a point: 0 outside, 1 background, 2 drawing. */
function layer(x: number, y: number): number {
  if (roundRect(x, y, 64, 64, 60, 60, 22) > 0) return 0;
  const wave = (px: number) => 64 + 6 * Math.sin((px - 30) / 20);
  const shapes = [
    circle(x, y, 30, wave(30), 15),
    x > 30 && x < 110 ? Math.abs(y - wave(x)) - 3.5 : 1,
    circle(x, y, 108, wave(108), 7),
    ...[57, 84].map((cx) => roundRect(x, y, cx, wave(cx), 10, 9, 8)),
  ];
  return Math.min(...shapes) <= 0 ? 2 : 1;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  raw[py * (SIZE * 4 + 1)] = 0;
  for (let px = 0; px < SIZE; px++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const l = layer(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
        if (l === 0) continue;
        const c = l === 2 ? FG : BG;
        acc[0]! += c[0]!;
        acc[1]! += c[1]!;
        acc[2]! += c[2]!;
        acc[3]! += 255;
      }
    }
    const n = SS * SS;
    const covered = acc[3]! / 255;
    const at = py * (SIZE * 4 + 1) + 1 + px * 4;
    for (let i = 0; i < 3; i++) raw[at + i] = covered ? Math.round(acc[i]! / covered) : 0;
    raw[at + 3] = Math.round(acc[3]! / n);
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.writeUInt8(8, 8); // bit depth
header.writeUInt8(6, 9); // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = join(import.meta.dirname, '..', 'docs', 'images', 'icon.png');
mkdirSync(join(import.meta.dirname, '..', 'images'), { recursive: true });
writeFileSync(out, png);
console.log(`icon written: ${out} (${png.length} bytes)`);
