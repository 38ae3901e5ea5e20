import { describe, expect, it } from 'vitest';
import { addZone, COMMAND_IDS, emptyDocument } from '../../../shared';
import { editorStore } from '../store/editorStore';
import { commandById, COMMANDS, commandForKey, disabledReason, dispatch, formatShortcut, LOCAL_COMMAND_IDS, matchesChord } from './registry';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}, code = '') => ({
  key: k,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('follows desktop habits on each platform', () => {
    expect(commandForKey(key('z', { ctrlKey: true }), false)?.id).toBe('edit.undo');
    expect(commandForKey(key('z', { metaKey: true }), true)?.id).toBe('edit.undo');
    expect(commandForKey(key('z', { ctrlKey: true }), true)).toBeUndefined();
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }), false)?.id).toBe('edit.redo');
    expect(commandForKey(key('y', { ctrlKey: true }), false)?.id).toBe('edit.redo');
    expect(commandForKey(key('y', { ctrlKey: true }), true)?.id).toBe('edit.redo');
    expect(commandForKey(key('Delete'), false)?.id).toBe('edit.delete');
    expect(commandForKey(key('Backspace'), false)?.id).toBe('edit.delete');
    expect(commandForKey(key('a', { ctrlKey: true }), false)?.id).toBe('edit.selectAll');
    expect(commandForKey(key('s', { ctrlKey: true }), false)?.id).toBe('file.save');
    expect(commandForKey(key('S', { ctrlKey: true, shiftKey: true }), false)?.id).toBe('file.saveAs');
    expect(commandForKey(key('o', { ctrlKey: true }), false)?.id).toBe('file.open');
    expect(commandForKey(key('Escape'), false)?.id).toBe('edit.clearSelection');
    expect(commandForKey(key('?', { shiftKey: true }), false)?.id).toBe('help.shortcuts');
    expect(commandForKey(key('ArrowLeft'), false)?.id).toBe('edit.nudgeLeft');
    expect(commandForKey(key('ArrowLeft', { shiftKey: true }), false)?.id).toBe('edit.nudgeLeftFar');
    expect(commandForKey(key('!', { shiftKey: true }, 'Digit1'), false)?.id).toBe('view.fitView');
  });

  it('ignores plain letters', () => {
    expect(commandForKey(key('z'), false)).toBeUndefined();
    expect(matchesChord(key('a'), 'Mod+A', false)).toBe(false);
  });

  it('formats shortcuts for menus', () => {
    expect(formatShortcut('Shift+Mod+Z', true)).toBe('⇧⌘Z');
    expect(formatShortcut('Shift+Mod+Z', false)).toBe('Ctrl+Shift+Z');
  });

  it('uses the shared command ids for every command with a native menu entry', () => {
    const shared = new Set<string>(COMMAND_IDS);
    const local = new Set<string>(LOCAL_COMMAND_IDS);
    for (const c of COMMANDS) expect(shared.has(c.id) || local.has(c.id), c.id).toBe(true);
    for (const id of ['edit.cut', 'edit.copy', 'edit.paste', 'edit.duplicate', 'edit.find', 'layout.auto']) {
      expect(COMMANDS.some((c) => c.id === id)).toBe(true);
      expect(local.has(id)).toBe(false);
    }
  });

  it('has the desktop clipboard, duplicate and find keys', () => {
    expect(commandForKey(key('c', { ctrlKey: true }), false)?.id).toBe('edit.copy');
    expect(commandForKey(key('x', { metaKey: true }), true)?.id).toBe('edit.cut');
    expect(commandForKey(key('v', { ctrlKey: true }), false)?.id).toBe('edit.paste');
    expect(commandForKey(key('d', { ctrlKey: true }), false)?.id).toBe('edit.duplicate');
    expect(commandForKey(key('f', { metaKey: true }), true)?.id).toBe('edit.find');
    // Copy, cut and paste leave the key to the browser, whose clipboard event carries the data.
    expect(COMMANDS.filter((c) => c.nativeClipboard).map((c) => c.id).sort()).toEqual(['edit.copy', 'edit.cut', 'edit.paste']);
  });
});

describe('views', () => {
  it('switches views with Ctrl/Cmd+1 to 6, apart from Shift+1 (fit view)', () => {
    const views = ['view.diagram', 'view.workflow', 'view.risk', 'view.lifecycle', 'view.history', 'view.reference'];
    views.forEach((id, i) => {
      expect(commandForKey(key(String(i + 1), { ctrlKey: true }, `Digit${i + 1}`), false)?.id).toBe(id);
      expect(commandForKey(key(String(i + 1), { metaKey: true }, `Digit${i + 1}`), true)?.id).toBe(id);
    });
  });

  it('keeps Delete, arrows and Add zone off the diagram while a lifecycle view covers it, and says why', () => {
    const doc = addZone(emptyDocument(), { id: 'z1', name: 'Cell', kind: 'control', position: { x: 0, y: 0 }, size: { width: 300, height: 200 } });
    const s = editorStore.getState();
    s.load(doc);
    s.select(['z1']);
    s.showView('risk');
    expect(dispatch('edit.delete')).toBe(false);
    expect(dispatch('edit.nudgeLeft')).toBe(false);
    expect(editorStore.getState().doc).toBe(doc);
    expect(disabledReason(commandById('insert.zone')!)).toMatch(/open the Diagram tab/);
    editorStore.getState().showView('diagram');
    expect(disabledReason(commandById('insert.zone')!)).toBeUndefined();
    expect(dispatch('edit.delete')).toBe(true);
    expect(editorStore.getState().doc.zones).toHaveLength(0);
  });
});
