/** A small driver over the real UI, so that specs read as what a user does. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SAMPLES_DIR = join(ROOT, 'assets', 'samples');
export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function sampleFiles(): string[] {
  return readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.zonewright.json'))
    .sort();
}

/** What a sample holds; `drawnConduits` join at least two distinct zones, so they get an edge. */
export function sampleMeta(file: string): { name: string; zones: number; assets: number; drawnConduits: number } {
  const doc = JSON.parse(readFileSync(join(SAMPLES_DIR, file), 'utf8')) as {
    meta: { name: string };
    zones?: { id: string }[];
    assets?: unknown[];
    conduits?: { zoneIds: string[] }[];
  };
  const zones = new Set((doc.zones ?? []).map((z) => z.id));
  const drawnConduits = (doc.conduits ?? []).filter((c) => new Set(c.zoneIds.filter((z) => zones.has(z))).size >= 2).length;
  return { name: doc.meta.name, zones: doc.zones?.length ?? 0, assets: doc.assets?.length ?? 0, drawnConduits };
}

export class Editor {
  constructor(readonly page: Page) {}

  static async open(page: Page): Promise<Editor> {
    await page.goto('/');
    const ed = new Editor(page);
    await ed.ready();
    return ed;
  }

  /** Waits until the app has started, autosave included (a recovery prompt, if any, is then open). */
  async ready(): Promise<void> {
    await expect(this.page.getByRole('button', { name: 'New', exact: true })).toBeVisible();
    await expect(this.page.locator('.app')).toHaveAttribute('data-autosave', 'ready');
  }

  get requirements(): Locator {
    return this.region('Requirements');
  }

  /** A number of the SL chart: `t` (SL-T), `c` (SL-C) or `a` (SL-A) of an FR key such as `RA`. */
  slChart(fr: string, level: 't' | 'c' | 'a'): Locator {
    return this.requirements.locator(`.sl-chart tr[data-fr="${fr}"] td.sl-chart-${level}`);
  }

  /** The autosaved sessions in the browser database: name and whether they hold unsaved changes. */
  async autosaved(): Promise<{ name: string; clean: boolean; zones: number; assets: number }[]> {
    return this.page.evaluate(
      () =>
        new Promise<{ name: string; clean: boolean; zones: number; assets: number }[]>((resolve, reject) => {
          const open = indexedDB.open('zonewright');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('sessions')) {
              db.close();
              resolve([]);
              return;
            }
            const all = db.transaction('sessions').objectStore('sessions').getAll();
            all.onerror = () => reject(all.error);
            all.onsuccess = () => {
              db.close();
              const records = all.result as { name: string; clean: boolean; doc: { zones: unknown[]; assets: unknown[] } }[];
              resolve(records.map((r) => ({ name: r.name, clean: r.clean, zones: r.doc.zones.length, assets: r.doc.assets.length })));
            };
          };
        }),
    );
  }

  /** Waits until autosave holds the project as named, with unsaved changes (and as many zones and assets, when given). */
  async waitForAutosave(name: string, counts: { zones?: number; assets?: number } = {}): Promise<void> {
    await expect
      .poll(
        async () =>
          (await this.autosaved()).some(
            (r) => r.name === name && !r.clean && (counts.zones === undefined || r.zones === counts.zones) && (counts.assets === undefined || r.assets === counts.assets),
          ),
        { timeout: 5000 },
      )
      .toBe(true);
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  region(name: 'Palette' | 'Properties' | 'Findings' | 'Requirements'): Locator {
    return this.page.getByRole('region', { name });
  }

  get canvas(): Locator {
    return this.page.getByTestId('canvas');
  }

  get findings(): Locator {
    return this.region('Findings').getByRole('listitem');
  }

  zone(id: string): Locator {
    return this.page.getByTestId(`zone-${id}`);
  }

  zoneHeader(id: string): Locator {
    return this.zone(id).locator('.zone-header');
  }

  asset(id: string): Locator {
    return this.page.getByTestId(`asset-${id}`);
  }

  /** The asset node whose name is `name`. */
  assetNamed(name: string): Locator {
    return this.page.locator('.react-flow__node-asset').filter({ has: this.page.locator('.asset-name', { hasText: new RegExp(`^${escape(name)}$`) }) });
  }

  zoneNamed(name: string): Locator {
    return this.page.locator('.react-flow__node-zone').filter({ has: this.page.locator('.zone-name', { hasText: new RegExp(`^${escape(name)}$`) }) });
  }

  async projectName(): Promise<string> {
    return (await this.page.locator('.doc-name').textContent()) ?? '';
  }

  /** New → a sample by its project name. */
  async newFromSample(name: string): Promise<void> {
    await this.button('New').click();
    await this.page.getByRole('dialog', { name: 'New project' }).getByRole('button', { name: new RegExp(`^${escape(name)}`) }).click();
    await expect(this.page.locator('.doc-name')).toHaveText(name);
  }

  async newEmpty(): Promise<void> {
    await this.button('New').click();
    await this.page.getByRole('dialog', { name: 'New project' }).getByRole('button', { name: /^Empty project/ }).click();
  }

  /** Open → pick `path` in the file chooser. */
  async openFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.button('Open').click();
    await (await chooser).setFiles(path);
  }

  /** Save → the downloaded file's text. */
  async save(): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.button('Save').click();
    const d = await download;
    const path = await d.path();
    return { name: d.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }

  /** Drags a palette entry to a point of the canvas (relative to the canvas' top-left corner). */
  async dropFromPalette(label: string, at: { x: number; y: number }): Promise<void> {
    const item = this.region('Palette').getByRole('button', { name: label, exact: true });
    await item.dragTo(this.canvas, { targetPosition: at });
  }

  /** Presses the mouse on `from`, moves in steps by (dx, dy), releases: a real drag. */
  async dragBy(from: Locator, dx: number, dy: number): Promise<void> {
    const box = await from.boundingBox();
    if (!box) throw new Error('nothing to drag');
    const x = box.x + box.width / 2;
    const y = box.y + Math.min(box.height / 2, 18);
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 3, y + dy / 3, { steps: 4 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Drags the asset so that its centre lands on the centre of `target`. */
  async dragOnto(asset: Locator, target: Locator, offset = { x: 0, y: 30 }): Promise<void> {
    const a = await asset.boundingBox();
    const t = await target.boundingBox();
    if (!a || !t) throw new Error('missing element');
    const from = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
    const to = { x: t.x + t.width / 2 + offset.x, y: t.y + t.height / 2 + offset.y };
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
    await this.page.mouse.move(to.x, to.y, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Draws a link from one asset's right handle to another's left handle. */
  async connect(from: Locator, to: Locator): Promise<void> {
    await from.hover();
    const h1 = await from.locator('.react-flow__handle-right').boundingBox();
    await to.hover();
    const h2 = await to.locator('.react-flow__handle-left').boundingBox();
    if (!h1 || !h2) throw new Error('missing handle');
    await this.page.mouse.move(h1.x + h1.width / 2, h1.y + h1.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move((h1.x + h2.x) / 2, (h1.y + h2.y) / 2 + 5, { steps: 5 });
    await this.page.mouse.move(h2.x + h2.width / 2, h2.y + h2.height / 2, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Fills a Properties field and commits it with Enter. */
  async setField(label: string, value: string): Promise<void> {
    const field = this.region('Properties').getByLabel(label, { exact: true });
    await field.fill(value);
    await field.press('Enter');
  }

  async selectOption(label: string, value: string): Promise<void> {
    await this.region('Properties').getByLabel(label, { exact: true }).selectOption({ label: value });
  }

  async nodeBox(node: Locator): Promise<{ x: number; y: number }> {
    const b = await node.boundingBox();
    if (!b) throw new Error('node not visible');
    return { x: Math.round(b.x), y: Math.round(b.y) };
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
