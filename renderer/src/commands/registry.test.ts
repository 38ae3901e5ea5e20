import { describe, expect, it } from 'vitest';
import { COMMAND_IDS } from '../../../shared';
import { COMMANDS, commandForKey, formatShortcut, matchesChord } from './registry';

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
    for (const c of COMMANDS) if (!c.id.startsWith('edit.nudge') && c.id !== 'edit.clearSelection') expect(shared.has(c.id)).toBe(true);
  });
});
