/**
 * The native menu bar, as a template built from plain data. Accelerators are shown only for the
 * conventional shortcuts (New, Open, Save, Undo, Copy, …); the renderer owns the rest. Every item that acts on a document
 * dispatches one of the command ids of `shared/platform/commands.ts` (its menu item id is that
 * command id), the same ids the renderer's toolbar and shortcuts use; the shell routes them
 * (see `shell.ts`). Only OS-level items (quit, hide, full screen, services) use Electron roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { CommandId } from '../../shared/platform/commands';

export interface MenuContext {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  /** Most recent first. */
  readonly recentFiles: readonly string[];
  /** Development builds get DevTools and Reload in the View menu. */
  readonly development: boolean;
  dispatch(command: CommandId): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

/** Last path segment, for either separator. */
function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Menu labels treat `&` as a mnemonic marker on Windows and Linux; a file name must show literally. */
function literal(label: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? label : label.replace(/&/g, '&&');
}

export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  /** An item that dispatches a command; `id` is the command id, so tests and tools can find it. */
  const command = (id: CommandId, label: string, accelerator?: string, options: { textEditing?: boolean } = {}): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    // Keys that also edit text (Ctrl+C, Delete, …) must reach the focused text field first; the
    // renderer handles them. The menu still shows the shortcut and runs the command on click.
    ...(options.textEditing ? { registerAccelerator: false } : {}),
    click: () => context.dispatch(id),
  });

  const recentItems: MenuItemConstructorOptions[] =
    context.recentFiles.length === 0
      ? [{ id: 'recent:none', label: 'No Recent Files', enabled: false }]
      : context.recentFiles.map((path, index) => ({
          id: `recent:${index}`,
          label: literal(fileNameOf(path), context.platform),
          toolTip: path,
          click: () => context.openRecent(path),
        }));

  const fileMenu: MenuItemConstructorOptions = {
    id: 'menu:file',
    label: mac ? 'File' : '&File',
    submenu: [
      command('file.new', 'New', 'CmdOrCtrl+N'),
      command('file.open', 'Open…', 'CmdOrCtrl+O'),
      {
        id: 'menu:openRecent',
        label: 'Open Recent',
        submenu: [...recentItems, separator, { id: 'recent:clear', label: 'Clear Recent', enabled: context.recentFiles.length > 0, click: () => context.clearRecent() }],
      },
      separator,
      command('file.save', 'Save', 'CmdOrCtrl+S'),
      command('file.saveAs', 'Save As…', 'CmdOrCtrl+Shift+S'),
      command('file.exportPdf', 'Export PDF…'),
      separator,
      command('file.close', 'Close', 'CmdOrCtrl+W'),
      ...(mac ? [] : [separator, { role: 'quit', label: context.platform === 'win32' ? 'Exit' : 'Quit', accelerator: context.platform === 'win32' ? 'Alt+F4' : 'Ctrl+Q' } as const]),
    ],
  };

  // On macOS the clipboard items are the standard roles: they reach text fields and the Services
  // menu, and fire the page's copy/cut/paste events, which the renderer handles for the canvas.
  const clipboardItems: MenuItemConstructorOptions[] = mac
    ? [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }]
    : [
        command('edit.cut', 'Cut', 'CmdOrCtrl+X', { textEditing: true }),
        command('edit.copy', 'Copy', 'CmdOrCtrl+C', { textEditing: true }),
        command('edit.paste', 'Paste', 'CmdOrCtrl+V', { textEditing: true }),
      ];

  const editMenu: MenuItemConstructorOptions = {
    id: 'menu:edit',
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      command('edit.undo', 'Undo', 'CmdOrCtrl+Z', { textEditing: true }),
      command('edit.redo', 'Redo', mac ? 'Cmd+Shift+Z' : 'Ctrl+Y', { textEditing: true }),
      separator,
      ...clipboardItems,
      command('edit.duplicate', 'Duplicate', 'CmdOrCtrl+D'),
      command('edit.delete', 'Delete', mac ? undefined : 'Delete', { textEditing: true }),
      mac ? { role: 'selectAll' } : command('edit.selectAll', 'Select All', 'CmdOrCtrl+A', { textEditing: true }),
      separator,
      command('edit.find', 'Find…', 'CmdOrCtrl+F'),
    ],
  };

  const insertMenu: MenuItemConstructorOptions = {
    id: 'menu:insert',
    label: mac ? 'Insert' : '&Insert',
    submenu: [command('insert.zone', 'Zone'), command('insert.conduit', 'Conduit')],
  };

  const viewMenu: MenuItemConstructorOptions = {
    id: 'menu:view',
    label: mac ? 'View' : '&View',
    submenu: [
      command('view.fitView', 'Fit to Window'),
      command('view.zoomIn', 'Zoom In', 'CmdOrCtrl+=', { textEditing: true }),
      command('view.zoomOut', 'Zoom Out', 'CmdOrCtrl+-', { textEditing: true }),
      separator,
      command('view.diagram', 'Diagram', 'CmdOrCtrl+1'),
      command('view.workflow', 'Workflow (ZCR)', 'CmdOrCtrl+2'),
      command('view.risk', 'Risk Register', 'CmdOrCtrl+3'),
      command('view.lifecycle', 'Lifecycle', 'CmdOrCtrl+4'),
      command('view.history', 'Revisions', 'CmdOrCtrl+5'),
      command('view.reference', 'IEC 62443 Reference', 'CmdOrCtrl+6'),
      separator,
      command('view.presentation', 'Presentation Mode', 'F5'),
      command('trainer.whatIf', 'What-if Mode'),
      command('trainer.scenarios', 'Guided Scenarios…'),
      separator,
      command('layout.auto', 'Arrange Automatically'),
      separator,
      { role: 'togglefullscreen' },
      ...(context.development ? [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    id: 'menu:help',
    role: 'help',
    label: mac ? 'Help' : '&Help',
    submenu: [
      command('help.shortcuts', 'Keyboard Shortcuts'),
      command('help.reference', 'IEC 62443 Reference'),
      separator,
      command('help.about', `About ${context.appName}`),
    ],
  };

  const appMenu: MenuItemConstructorOptions = {
    id: 'menu:app',
    label: context.appName,
    submenu: [
      command('help.about', `About ${context.appName}`),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  return [
    ...(mac ? [appMenu] : []),
    fileMenu,
    editMenu,
    insertMenu,
    viewMenu,
    ...(mac ? [{ id: 'menu:window', role: 'windowMenu' } as const] : []),
    helpMenu,
  ];
}
