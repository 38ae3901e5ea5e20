#!/usr/bin/env node
// Renders the app icon (icon.svg) and the project-file icon (document.svg) into what packaging
// needs, with a headless Chromium:
//   png/<N>x<N>.png          app icon, 16–1024 px (Linux desktop icons, window icon)
//   icon.png                 512 px (electron-builder's default icon)
//   icon.ico, document.ico   Windows (PNG-compressed entries 16–256)
//   icon.icns, document.icns macOS (PNG-compressed entries 16–1024)
// Usage: node assets/icons/render-icons.mjs [path/to/chromium]   (default /usr/bin/chromium)
// The outputs are committed; run this again only after changing an SVG.
/* global console */
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const executablePath = process.argv[2] ?? '/usr/bin/chromium';
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS element types holding PNG data, by pixel size (the @2x types share sizes with larger ones). */
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

async function render(page, svg, size) {
  await page.setViewportSize({ width: size, height: size });
  const html = `<!doctype html><html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`;
  await page.setContent(html);
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

/** ICO: 6-byte header, 16-byte directory entry per image, then the PNG data (Vista+ reads PNG entries). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2);
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

/** ICNS: 'icns' + total length, then per element its 4-byte type, length (incl. 8-byte header) and PNG data. */
function icns(pngBySize) {
  const elements = ICNS_TYPES.map(([type, size]) => {
    const png = pngBySize.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + elements.reduce((sum, element) => sum + element.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const name of ['icon', 'document']) {
    const svg = readFileSync(join(here, `${name}.svg`), 'utf8');
    const pngBySize = new Map();
    for (const size of PNG_SIZES) pngBySize.set(size, await render(page, svg, size));
    if (name === 'icon') {
      mkdirSync(join(here, 'png'), { recursive: true });
      for (const [size, png] of pngBySize) writeFileSync(join(here, 'png', `${size}x${size}.png`), png);
      writeFileSync(join(here, 'icon.png'), pngBySize.get(512));
    }
    writeFileSync(join(here, `${name}.ico`), ico(ICO_SIZES.map((size) => ({ size, png: pngBySize.get(size) }))));
    writeFileSync(join(here, `${name}.icns`), icns(pngBySize));
    console.log(`rendered ${name}: ${PNG_SIZES.join(', ')} px, ${name}.ico, ${name}.icns`);
  }
} finally {
  await browser.close();
}
