import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { COMMAND_IDS, isCommandId, type CommandId } from '../../shared/platform/commands';
import { buildMenuTemplate, type MenuContext } from './menu';

const PLATFORMS: NodeJS.Platform[] = ['linux', 'win32', 'darwin'];

function build(platform: NodeJS.Platform, overrides: Partial<Pick<MenuContext, 'recentFiles' | 'development'>> = {}) {
  const context = {
    platform,
    appName: 'Zonewright',
    recentFiles: ['/home/ann/Plant A.zonewright.json', '/home/ann/R&D.zonewright.json'],
    development: false,
    ...overrides,
    dispatch: vi.fn<(command: CommandId) => void>(),
    openRecent: vi.fn<(path: string) => void>(),
    clearRecent: vi.fn<() => void>(),
  };
  return { context, template: buildMenuTemplate(context) };
}

function allItems(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

function submenuOf(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.id === id);
  return Array.isArray(menu?.submenu) ? menu.submenu : [];
}

const click = (item: MenuItemConstructorOptions) => (item.click as (() => void) | undefined)?.();

describe.each(PLATFORMS)('native menu on %s', (platform) => {
  it('dispatches a valid command id from every command item, the id the item carries', () => {
    const { context, template } = build(platform);
    const dispatching = allItems(template).filter((item) => item.click && !String(item.id).startsWith('recent:'));
    expect(dispatching.length).toBeGreaterThan(15);
    for (const item of dispatching) {
      context.dispatch.mockClear();
      click(item);
      expect(context.dispatch).toHaveBeenCalledTimes(1);
      const dispatched = context.dispatch.mock.calls[0]![0];
      expect(isCommandId(dispatched)).toBe(true);
      expect(dispatched).toBe(item.id);
    }
  });

  it('has a File menu with exactly New, Open…, Open Recent, Save, Save As…, Export PDF…, Close (and Quit outside macOS)', () => {
    const labels = submenuOf(build(platform).template, 'menu:file')
      .filter((item) => item.type !== 'separator')
      .map((item) => item.label);
    const quit = platform === 'darwin' ? [] : [platform === 'win32' ? 'Exit' : 'Quit'];
    expect(labels).toEqual(['New', 'Open…', 'Open Recent', 'Save', 'Save As…', 'Export PDF…', 'Close', ...quit]);
  });

  it('binds the File items to the file commands', () => {
    const ids = submenuOf(build(platform).template, 'menu:file')
      .filter((item) => item.type !== 'separator' && item.role === undefined && item.id !== 'menu:openRecent')
      .map((item) => item.id);
    expect(ids).toEqual(['file.new', 'file.open', 'file.save', 'file.saveAs', 'file.exportPdf', 'file.close']);
  });

  it('has Edit, View and Help menus, Help with About, Keyboard Shortcuts and the 62443 reference', () => {
    const { template } = build(platform);
    for (const id of ['menu:edit', 'menu:view', 'menu:help']) expect(submenuOf(template, id).length).toBeGreaterThan(0);
    const help = submenuOf(template, 'menu:help').map((item) => item.id);
    expect(help).toEqual(expect.arrayContaining(['help.about', 'help.shortcuts', 'help.reference']));
  });

  it('reaches every document command from some menu', () => {
    const ids = new Set(allItems(build(platform).template).map((item) => item.id));
    const missing = COMMAND_IDS.filter((id) => !ids.has(id));
    // On macOS cut, copy, paste and select all are the standard roles (they fire the page's clipboard events).
    expect(missing).toEqual(platform === 'darwin' ? ['edit.cut', 'edit.copy', 'edit.paste', 'edit.selectAll'] : []);
  });

  it('lists recent files by name, opens them on click and can clear the list', () => {
    const { context, template } = build(platform);
    const recent = submenuOf(submenuOf(template, 'menu:file'), 'menu:openRecent');
    expect(recent[0]).toMatchObject({ label: 'Plant A.zonewright.json', toolTip: '/home/ann/Plant A.zonewright.json' });
    // "&" would be a mnemonic marker on Windows and Linux: file names show it literally.
    expect(recent[1]?.label).toBe(platform === 'darwin' ? 'R&D.zonewright.json' : 'R&&D.zonewright.json');
    click(recent[0]!);
    expect(context.openRecent).toHaveBeenCalledWith('/home/ann/Plant A.zonewright.json');
    click(recent.find((item) => item.id === 'recent:clear')!);
    expect(context.clearRecent).toHaveBeenCalled();
    expect(context.dispatch).not.toHaveBeenCalled();
  });

  it('shows a disabled placeholder when there are no recent files', () => {
    const recent = submenuOf(submenuOf(build(platform, { recentFiles: [] }).template, 'menu:file'), 'menu:openRecent');
    expect(recent[0]).toMatchObject({ label: 'No Recent Files', enabled: false });
    expect(recent.find((item) => item.id === 'recent:clear')?.enabled).toBe(false);
  });

  it('offers DevTools and Reload only in development builds', () => {
    const roles = (development: boolean) => allItems(build(platform, { development }).template).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });
});

describe('native menu shortcuts', () => {
  it('leaves text-editing keys to the focused text field on Windows and Linux', () => {
    const items = allItems(build('linux').template);
    for (const id of ['edit.undo', 'edit.redo', 'edit.cut', 'edit.copy', 'edit.paste', 'edit.delete', 'edit.selectAll']) {
      const item = items.find((candidate) => candidate.id === id);
      expect(item?.registerAccelerator, id).toBe(false);
    }
    expect(items.find((item) => item.id === 'file.save')?.registerAccelerator).toBeUndefined();
  });

  it('uses the conventional accelerators for the file commands', () => {
    const items = allItems(build('win32').template);
    const accelerator = (id: string) => items.find((item) => item.id === id)?.accelerator;
    expect([accelerator('file.new'), accelerator('file.open'), accelerator('file.save'), accelerator('file.saveAs'), accelerator('file.close')]).toEqual([
      'CmdOrCtrl+N',
      'CmdOrCtrl+O',
      'CmdOrCtrl+S',
      'CmdOrCtrl+Shift+S',
      'CmdOrCtrl+W',
    ]);
  });

  it('puts the app menu first and a Window menu on macOS only', () => {
    expect(build('darwin').template[0]?.id).toBe('menu:app');
    expect(build('darwin').template.some((item) => item.role === 'windowMenu')).toBe(true);
    expect(build('linux').template[0]?.id).toBe('menu:file');
    expect(build('linux').template.some((item) => item.role === 'windowMenu')).toBe(false);
  });
});
