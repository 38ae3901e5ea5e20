/**
 * The walk of issue 7 through the Assess phase: risk entry to an accepted SL-T, implementation
 * status to SL-A, the asset owner's approval, then an edit that makes the approval stale.
 */
import { expect, test } from '@playwright/test';
import { Assess } from './assessSupport';
import { Editor } from './support';

test('risk → accepted SL-T → implemented requirements raise SL-A → approval → an edit makes it stale', async ({ page }) => {
  test.setTimeout(90_000);
  const ed = await Editor.open(page);
  await ed.newFromSample('Riverside chemical plant');
  const a = new Assess(ed);
  const slT = (fr: string) => ed.region('Properties').getByRole('radiogroup', { name: new RegExp(`^SL-T ${fr}`) });

  // 1. Risk for a zone: two rated scenarios; the register suggests SL-T 3 on IAC, above today's 2.
  const cell = await a.openRegister('Reactor cell 1');
  await expect(slT('FR1 IAC').getByRole('radio', { name: '2' })).toBeChecked();
  const remote = await a.addScenario(cell, 'Remote-access compromise');
  await a.rate(remote, { likelihood: 3, consequence: { 'Health and safety': 4, Production: 4 } });
  const logic = await a.addScenario(cell, 'Unauthorized change of control logic');
  await a.rate(logic, { likelihood: 2, consequence: { 'Health and safety': 5 } });
  await expect(a.suggested(cell, 'IAC')).toHaveText(/^3/);
  await expect(a.suggested(cell, 'RA')).toHaveText(/^1/);

  // 2. Accept it: the zone's SL-T changes in the Properties panel beside the register.
  await a.acceptSuggestion(cell, 'M. Lindqvist');
  await expect(slT('FR1 IAC').getByRole('radio', { name: '3' })).toBeChecked();
  await expect(slT('FR7 RA').getByRole('radio', { name: '1' })).toBeChecked();
  await expect(a.listRow('Reactor cell 1')).toContainText('Accepted');

  // 3. On the diagram, mark the FR7 requirements implemented: SL-A of RA reaches the SL-T.
  await a.showView('Diagram');
  await expect(ed.slChart('RA', 't')).toHaveText('1');
  await expect(ed.slChart('RA', 'a')).toHaveText('0');
  await expect(ed.slChart('IAC', 't')).toHaveText('3');
  await ed.requirements.getByRole('button', { name: /^Mark the \d+ planned FR7 RA requirements implemented$/ }).click();
  await expect(ed.slChart('RA', 'a')).toHaveText('1');
  await expect(ed.slChart('IAC', 'a')).toHaveText('0');

  // 4. The asset owner approves in the workflow view.
  await a.showView('Workflow');
  await expect(a.stepStatus('ZCR 2')).toHaveText('Done');
  await a.approve('M. Lindqvist', 'Asset owner, site manager');
  await expect(a.step('ZCR 7').getByRole('group', { name: 'Approval' })).toContainText('Valid');
  await expect(a.stepStatus('ZCR 7')).toHaveText('Done');
  await expect(a.approvalBadge).toHaveText('Approved');

  // Moving a zone on the diagram is no change of content: the approval holds.
  await a.showView('Diagram');
  await ed.dragBy(ed.zoneNamed('Distillation cell 2').locator('.zone-header'), 40, 0);
  await expect(a.approvalBadge).toHaveText('Approved');

  // 5. An edit of content: the approval turns stale, in the toolbar and in the workflow view.
  await ed.requirements.getByRole('button', { name: /^Mark the \d+ planned FR3 SI requirements implemented$/ }).click();
  await expect(a.approvalBadge).toHaveText('Approval stale');
  await a.approvalBadge.click();
  const record = a.step('ZCR 7').getByRole('group', { name: 'Approval' });
  await expect(record).toContainText('Stale');
  await expect(record).toContainText('The model changed after the approval');
  await expect(a.stepStatus('ZCR 7')).toHaveText('Not started');
  await expect(a.step('ZCR 7')).toContainText('no longer matches the model');

  // Undoing the edit brings back the approved content, and the approval is valid again.
  await ed.button('Undo').click();
  await expect(a.approvalBadge).toHaveText('Approved');
  await expect(record).toContainText('Valid');
});
