import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Assess } from './assessSupport';
import { Editor } from './support';

async function sample(page: Page, name: string): Promise<Assess> {
  const ed = await Editor.open(page);
  await ed.newFromSample(name);
  return new Assess(ed);
}

test('the steps follow the document: a scope completes ZCR 1, a rated scenario ZCR 2, and undo takes it back', async ({ page }) => {
  const a = await sample(page, 'Riverside chemical plant');
  await a.showView('Workflow');
  await expect(a.stepStatus('ZCR 1')).toHaveText('Partly done');
  await expect(a.step('ZCR 1')).toContainText('State the scope');
  await expect(a.stepStatus('ZCR 2')).toHaveText('Not started');
  await expect(a.workflowView.getByRole('group', { name: 'Progress' })).toContainText('1 of 7 steps done');

  const scope = a.step('ZCR 1').getByLabel('Scope');
  await scope.fill('The Riverside site from the enterprise firewall down to the field devices.');
  await scope.blur();
  await expect(a.stepStatus('ZCR 1')).toHaveText('Done');
  await expect(a.workflowView.getByRole('group', { name: 'Progress' })).toContainText('2 of 7 steps done');

  // A missing item links to the register where it is fixed.
  await a.subStep('ZCR 5.6').getByRole('button', { name: 'Open the risk register of Reactor cell 1' }).click();
  await expect(page.getByRole('tab', { name: 'Risk', exact: true })).toHaveAttribute('aria-selected', 'true');
  const cell = a.register('Reactor cell 1');
  const card = await a.addScenario(cell, 'Rogue device on the control network');
  await a.rate(card, { consequence: { Production: 4 } });
  await a.showView('Workflow');
  await expect(a.stepStatus('ZCR 2')).toHaveText('Done');
  await expect(a.subStep('ZCR 5.1')).toContainText('Control zone "Reactor cell 1": 1 threat scenario.');

  await a.ed.button('Undo').click();
  await a.ed.button('Undo').click();
  await expect(a.stepStatus('ZCR 2')).toHaveText('Not started');
});

test('ZCR 3 shows the separation checks of the analysis; a link selects the element on the diagram', async ({ page }) => {
  const a = await sample(page, 'Flawed plant (training)');
  await a.showView('Workflow');
  await expect(a.stepStatus('ZCR 3')).toHaveText('Partly done');
  const wireless = a.subStep('ZCR 3.5');
  await expect(wireless).toContainText('Separate wireless devices');
  await expect(wireless).toContainText('Wireless access point "Line 1 Wi-Fi" sits directly in control zone "Line 1"');
  await expect(a.subStep('ZCR 3.4').locator('.wf-status')).toHaveText('Done');

  await wireless.getByRole('button', { name: 'Show Line 1 Wi-Fi on the diagram' }).click();
  await expect(page.getByRole('tab', { name: 'Diagram', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(a.ed.region('Properties').getByLabel('Name', { exact: true })).toHaveValue('Line 1 Wi-Fi');
});

test('ZCR 4 leads to the tolerable risk, and ZCR 6 opens the export dialog', async ({ page }) => {
  const a = await sample(page, 'Riverside chemical plant');
  await a.showView('Workflow');
  await expect(a.subStep('ZCR 4.1')).toContainText('Set the tolerable risk (the default, scores up to 4, is in use).');
  await a.step('ZCR 4').getByRole('button', { name: 'Set the tolerable risk' }).click();
  const method = a.riskView.getByRole('region', { name: 'Risk method' });
  await method.getByRole('button', { name: 'Confirm 4 as tolerable' }).click();
  await expect(method).toContainText('Set by the project.');
  await a.showView('Workflow');
  await expect(a.subStep('ZCR 4.1')).toContainText('Tolerable risk is set: scores up to 4.');

  await a.step('ZCR 6').getByRole('button', { name: 'Export the documentation…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
});

test('an approval needs a name, shows its content hash, and can be revoked (and restored by undo)', async ({ page }) => {
  const a = await sample(page, 'Riverside chemical plant');
  await a.showView('Workflow');
  const zcr7 = a.step('ZCR 7');
  await expect(a.approvalBadge).toHaveCount(0);
  await zcr7.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(zcr7.getByRole('alert')).toHaveText('Enter who approves: the asset owner or their representative.');
  await expect(a.stepStatus('ZCR 7')).toHaveText('Not started');

  await a.approve('M. Lindqvist', 'Asset owner', 'Approved for the design review.');
  const record = zcr7.getByRole('group', { name: 'Approval' });
  await expect(record).toContainText('Valid');
  await expect(record).toContainText('Approved by M. Lindqvist (Asset owner) on');
  await expect(record.locator('code')).toHaveText(/^sha256:[0-9a-f]{12}…$/);
  await expect(a.stepStatus('ZCR 7')).toHaveText('Done');
  await expect(a.approvalBadge).toHaveText('Approved');

  await zcr7.getByRole('button', { name: 'Revoke' }).click();
  await expect(a.approvalBadge).toHaveCount(0);
  await expect(zcr7.getByRole('form', { name: 'Approve' })).toBeVisible();
  await a.ed.button('Undo').click();
  await expect(a.approvalBadge).toHaveText('Approved');
});

test('a sample approved before its last change shows the approval stale; the badge opens the approval', async ({ page }) => {
  const a = await sample(page, 'Flawed plant (training)');
  await expect(a.approvalBadge).toHaveText('Approval stale');
  await a.approvalBadge.click();
  await expect(page.getByRole('tab', { name: 'Workflow', exact: true })).toHaveAttribute('aria-selected', 'true');
  const record = a.step('ZCR 7').getByRole('group', { name: 'Approval' });
  await expect(record).toContainText('Stale');
  await expect(record).toContainText('The model changed after the approval');
  await expect(a.step('ZCR 7')).toBeFocused();
  // From within the workflow view too.
  await a.step('ZCR 1').getByLabel('Scope').focus();
  await a.approvalBadge.click();
  await expect(a.step('ZCR 7')).toBeFocused();

  const results = await new AxeBuilder({ page }).include('#view-workflow').include('.toolbar').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});
