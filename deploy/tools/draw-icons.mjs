// Draws the two Teams app icons: two overlapping rings, two people sharing one worry.
// color.png: 192x192, white rings on the accent colour. outline.png: 32x32, white rings on
// transparent, as Teams requires. Run once after changing the design:
//   node deploy/tools/draw-icons.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { PNG } = require('pngjs');
const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'appPackage');
const accent = [0x0f, 0x76, 0x6e]; // the manifest's accentColor

// Fraction of the pixel (x, y) covered by the rings, from 4x4 samples for smooth edges.
function coverage(x, y, size, radius, offset, stroke) {
  const c = size / 2;
  let inside = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const px = x + (sx + 0.5) / 4, py = y + (sy + 0.5) / 4;
      const onRing = [-offset, offset].some(dx => Math.abs(Math.hypot(px - (c + dx), py - c) - radius) <= stroke / 2);
      if (onRing) inside++;
    }
  }
  return inside / 16;
}

function draw(size, radius, offset, stroke, pixel) {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const rgba = pixel(coverage(x, y, size, radius, offset, stroke));
      png.data.set(rgba, (y * size + x) * 4);
    }
  }
  return PNG.sync.write(png);
}

const blend = cover => accent.map(v => Math.round(v + (255 - v) * cover));
writeFileSync(join(folder, 'color.png'), draw(192, 44, 24, 13, cover => [...blend(cover), 255]));
writeFileSync(join(folder, 'outline.png'), draw(32, 8.5, 5, 2.4, cover => [255, 255, 255, Math.round(cover * 255)]));
