/**
 * Screenshots of the Lifecycle view (phases, maintenance records) and of a revision comparison,
 * for the README. Runs only with UPDATE_SCREENSHOTS=1:
 *   UPDATE_SCREENSHOTS=1 npx playwright test screenshots-maintain
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openLifecycle, saveRevision, section, selectAsset, selectZone, showView } from './maintainSupport';
import { Editor, SAMPLES_DIR } from './support';
import { SCREENSHOTS, screenshotSpec, settle } from './screenshotSupport';

screenshotSpec();

/** A date `days` from today, as the app writes dates. */
function fromToday(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

type Json = Record<string, unknown> & { id: string; name: string };

/** The Riverside sample as a plant in operation: versions, patch states, review dates and two incidents. */
function operatedPlant(): string {
  const doc = JSON.parse(readFileSync(join(SAMPLES_DIR, 'purdue-reference-plant.zonewright.json'), 'utf8')) as {
    meta: Record<string, unknown>;
    zones: Json[];
    assets: Json[];
    maintenance?: unknown;
    incidents?: unknown;
  };
  doc.meta.phase = 'implement';
  doc.maintenance = { lastReview: fromToday(-220), nextReassessment: fromToday(145) };
  for (const z of doc.zones) {
    if (z.name === 'Internet') continue;
    z.lastReview = fromToday(-300);
    z.nextReassessment = fromToday(65 + doc.zones.indexOf(z) * 20);
  }
  const cell = doc.zones.find((z) => z.name === 'Reactor cell 1')!;
  cell.lastReview = fromToday(-410);
  cell.nextReassessment = fromToday(-45);
  const versions: Record<string, [string, string?, number?]> = {
    'FW-EXT': ['FortiOS 7.2.8', 'current', -40],
    'FW-IT/OT': ['FortiOS 7.2.8', 'current', -40],
    'Remote-access gateway': ['SRA 5.1.3', 'current', -25],
    'Jump host': ['Windows Server 2022, Oct CU', 'current', -32],
    'Historian mirror': ['PI Server 2023 SP1', 'pending', -190],
    'Patch server': ['WSUS 10.0.20348', 'current', -12],
    'FW-OPS': ['FortiOS 7.2.6', 'pending', -150],
    'Plant historian': ['PI Server 2023 SP1', 'pending', -190],
    'SCADA server': ['SCADA 8.1 SP2', 'current', -60],
    'HMI-1': ['Runtime 8.1 SP2', 'current', -60],
    'HMI-2': ['Runtime 8.0', 'pending', -400],
    'Engineering workstation': ['Windows 10 LTSC 21H2', 'pending', -120],
    'PLC-101': ['FW 4.2.1', 'current', -75],
    'PLC-102 (legacy)': ['FW 2.1.7', 'unsupported'],
    'FW-SIS': ['FortiOS 7.0.15', 'current', -88],
    'Safety controller SIS-1': ['SIS FW 3.0.4', 'current', -210],
  };
  for (const a of doc.assets) {
    const v = versions[a.name];
    if (!v) continue;
    a.firmware = v[0];
    if (v[1]) a.patchStatus = v[1];
    if (v[2] !== undefined) a.lastPatched = fromToday(v[2]);
  }
  const id = (name: string) => doc.assets.find((a) => a.name === name)!.id;
  doc.incidents = [
    {
      id: 'incident-1',
      date: fromToday(-160),
      title: 'Malware found on the engineering workstation',
      description: 'USB stick from a contractor; the workstation was isolated and reimaged.',
      affected: [id('Engineering workstation'), cell.id],
      status: 'closed',
    },
    {
      id: 'incident-2',
      date: fromToday(-9),
      title: 'Repeated failed logins on the jump host',
      description: 'Stopped by the account lockout; the source in the vendor network is under review.',
      affected: [id('Jump host')],
      status: 'contained',
    },
  ];
  const dir = mkdtempSync(join(tmpdir(), 'zw-shots-'));
  const file = join(dir, 'riverside-in-operation.zonewright.json');
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

/** Some requirements implemented, so the zones' SL-A is partly reached. */
async function implementSome(ed: Editor) {
  for (const [zone, frs] of [
    ['Reactor cell 1', ['FR1 IAC', 'FR3 SI', 'FR7 RA']],
    ['Site operations', ['FR1 IAC', 'FR2 UC', 'FR3 SI', 'FR4 DC', 'FR5 RDF', 'FR6 TRE', 'FR7 RA']],
    ['Industrial DMZ', ['FR2 UC', 'FR5 RDF']],
  ] as const) {
    await selectZone(ed, zone);
    for (const fr of frs) await ed.requirements.getByRole('button', { name: new RegExp(`^Mark the \\d+ planned ${fr} requirements implemented$`) }).click();
  }
  await ed.page.keyboard.press('Escape');
}

test('lifecycle phases with their activities', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.openFile(operatedPlant());
  await expect(page.locator('.doc-name')).toHaveText('Riverside chemical plant');
  await implementSome(ed);
  await openLifecycle(ed, 'Phases');
  await settle(ed.page);
  await page.screenshot({ path: join(SCREENSHOTS, 'lifecycle.png') });
});

test('maintenance records: reviews with an overdue zone, incidents, versions and patches', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.openFile(operatedPlant());
  await expect(page.locator('.doc-name')).toHaveText('Riverside chemical plant');
  const maintain = await openLifecycle(ed, 'Maintain');
  await expect(maintain.getByRole('status').filter({ hasText: 'overdue' })).toBeVisible();
  await settle(ed.page);
  await page.screenshot({ path: join(SCREENSHOTS, 'maintain.png') });
});

test('revision comparison with the current document', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Riverside chemical plant');
  await saveRevision(ed, 'Design review', 'Zones, conduits and SL-Ts as presented at the design review');
  await showView(ed, 'Diagram');
  await selectZone(ed, 'Reactor cell 1');
  await ed.region('Properties').getByRole('radiogroup', { name: /SL-T FR1 IAC/ }).getByRole('radio', { name: '3' }).check();
  await ed.region('Properties').getByRole('radiogroup', { name: /SL-T FR3 SI/ }).getByRole('radio', { name: '3' }).check();
  await ed.requirements.getByRole('button', { name: /^Mark the \d+ planned FR1 IAC requirements implemented$/ }).click();
  await selectZone(ed, 'Distillation cell 2');
  await ed.setField('Name', 'Distillation cell 2A');
  await selectAsset(ed, 'PLC-102 (legacy)');
  await ed.setField('Firmware', 'FW 2.1.7');
  await ed.region('Properties').getByLabel('Patch status', { exact: true }).selectOption('unsupported');
  await saveRevision(ed, 'Hardening, step 1');
  await showView(ed, 'Diagram');
  const canvas = (await ed.canvas.boundingBox())!;
  const dmz = (await ed.zoneNamed('Industrial DMZ').boundingBox())!;
  await ed.dropFromPalette('Data diode', { x: dmz.x - canvas.x + dmz.width - 70, y: dmz.y - canvas.y + dmz.height - 40 });
  await expect(ed.assetNamed('Data diode')).toBeVisible();
  await page.keyboard.press('Escape');
  await showView(ed, 'Revisions');
  const compare = section(page, 'Compare');
  const design = await compare.getByLabel('From').locator('option', { hasText: 'Design review' }).getAttribute('value');
  await compare.getByLabel('From').selectOption(design!);
  await expect(compare).toContainText('from revision ‘Design review’ to the current document');
  await settle(ed.page);
  await page.screenshot({ path: join(SCREENSHOTS, 'revisions-compare.png') });
});
