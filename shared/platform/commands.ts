/**
 * Command ids shared by the renderer's toolbar, keyboard shortcuts, context menus and the desktop
 * shell's native menus: every entry point dispatches one of these.
 */
export const COMMAND_IDS = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.exportPdf',
  'file.close',
  'edit.undo',
  'edit.redo',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.duplicate',
  'edit.delete',
  'edit.selectAll',
  'edit.find',
  'insert.zone',
  'insert.conduit',
  'layout.auto',
  'view.fitView',
  'view.zoomIn',
  'view.zoomOut',
  'view.diagram',
  'view.workflow',
  'view.risk',
  'view.lifecycle',
  'view.history',
  'view.reference',
  'view.presentation',
  'trainer.whatIf',
  'trainer.scenarios',
  'help.shortcuts',
  'help.reference',
  'help.about',
] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && (COMMAND_IDS as readonly string[]).includes(value);
}
