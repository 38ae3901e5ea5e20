import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Editor, SAMPLES_DIR } from './support';

interface Placed {
  id: string;
  kind: string;
  zoneId?: string;
  position: { x: number; y: number };
  size?: { width: number; height: number };
}
interface Saved {
  zones: Placed[];
  assets: Placed[];
}

const ASSET = { width: 120, height: 72 };
const LEVEL: Record<string, number> = { untrusted: 5, enterprise: 4, dmz: 3.5, operations: 3, supervisory: 2, control: 1, safety: 1 };

test('auto layout arranges zones by Purdue level with their assets inside, and one undo restores the drawing', async ({ page }, info) => {
  // A messy drawing: the reference plant with its zones stacked upside down, assets left where they were.
  const plant = JSON.parse(readFileSync(join(SAMPLES_DIR, 'purdue-reference-plant.zonewright.json'), 'utf8')) as Saved;
  plant.zones.forEach((z, i) => (z.position = { x: (i % 2) * 500, y: (plant.zones.length - i) * 300 }));
  mkdirSync(info.outputDir, { recursive: true });
  const path = join(info.outputDir, 'messy.zonewright.json');
  writeFileSync(path, JSON.stringify(plant));
  const ed = await Editor.open(page);
  await ed.openFile(path);
  await expect(page.locator('.doc-name')).toHaveText('Riverside chemical plant');
  const messy = JSON.parse((await ed.save()).text) as Saved;

  await expect(ed.button('Auto layout')).toBeEnabled();
  await ed.button('Auto layout').click();
  await expect(page.locator('.toast')).toContainText('Laid out 8 zones');
  const laid = JSON.parse((await ed.save()).text) as Saved;

  const zone = new Map(laid.zones.map((z) => [z.id, z]));
  // Higher Purdue levels above lower ones.
  for (const a of laid.zones) {
    for (const b of laid.zones) {
      if (LEVEL[a.kind]! > LEVEL[b.kind]!) expect(a.position.y + a.size!.height, `${a.id} above ${b.id}`).toBeLessThan(b.position.y);
    }
  }
  // Every asset inside its zone.
  for (const a of laid.assets) {
    const z = zone.get(a.zoneId!)!;
    expect(a.position.x, a.id).toBeGreaterThanOrEqual(z.position.x);
    expect(a.position.y).toBeGreaterThanOrEqual(z.position.y);
    expect(a.position.x + ASSET.width).toBeLessThanOrEqual(z.position.x + z.size!.width);
    expect(a.position.y + ASSET.height).toBeLessThanOrEqual(z.position.y + z.size!.height);
  }
  expect(laid).not.toEqual(messy);

  // One step back: exactly the drawing before.
  await ed.button('Undo').click();
  const back = JSON.parse((await ed.save()).text) as Saved;
  expect(back).toEqual(messy);
  await ed.button('Redo').click();
  expect(JSON.parse((await ed.save()).text)).toEqual(laid);
});

test('auto layout is offered only when there is something to lay out', async ({ page }) => {
  const ed = await Editor.open(page);
  await expect(ed.button('Auto layout')).toBeDisabled();
  await ed.button('Add zone').click();
  await expect(ed.button('Auto layout')).toBeEnabled();
});
