import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from './jsonFileStorage';
import { cascadeFrom, clampToDisplays, createWindowStateStore, DEFAULT_WINDOW_SIZE } from './windowState';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
/** A second monitor to the left of the laptop, as macOS and Windows report it (negative x). */
const leftMonitor = { x: -2560, y: 0, width: 2560, height: 1400 };

describe('window state store', () => {
  it('restores the size, position and maximized state it saved', () => {
    const store = createWindowStateStore(createMemoryStorage());
    store.save({ bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: true, fullScreen: false });
    expect(store.restore([laptop])).toEqual({ bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: true, fullScreen: false });
  });

  it('persists through its storage, as a new app start would read it', () => {
    const storage = createMemoryStorage();
    createWindowStateStore(storage).save({ bounds: { x: 5, y: 6, width: 900, height: 700 }, maximized: false, fullScreen: true });
    expect(createWindowStateStore(storage).restore([laptop])).toEqual({ bounds: { x: 5, y: 6, width: 900, height: 700 }, maximized: false, fullScreen: true });
  });

  it('opens the first window ever centred at the default size', () => {
    const state = createWindowStateStore(createMemoryStorage()).restore([laptop]);
    expect(state.bounds).toEqual({ x: (1920 - DEFAULT_WINDOW_SIZE.width) / 2, y: (1040 - DEFAULT_WINDOW_SIZE.height) / 2, ...DEFAULT_WINDOW_SIZE });
    expect(state.maximized).toBe(false);
  });

  it.each([['a corrupt file', 'not json at all'], ['negative sizes', { bounds: { x: 0, y: 0, width: -5, height: 10 } }], ['NaN', { bounds: { x: Number.NaN } }]])(
    'falls back to the default for %s',
    (_what, stored) => {
      const state = createWindowStateStore(createMemoryStorage(stored)).restore([laptop]);
      expect(state.bounds.width).toBe(DEFAULT_WINDOW_SIZE.width);
    },
  );

  it('moves a window saved on an unplugged monitor back onto the laptop screen', () => {
    const storage = createMemoryStorage();
    const store = createWindowStateStore(storage);
    store.save({ bounds: { x: -2000, y: 200, width: 1400, height: 900 }, maximized: false, fullScreen: false });
    expect(store.restore([laptop, leftMonitor]).bounds).toEqual({ x: -2000, y: 200, width: 1400, height: 900 });
    const bounds = store.restore([laptop]).bounds;
    expect(bounds).toEqual({ x: (1920 - 1400) / 2, y: (1040 - 900) / 2, width: 1400, height: 900 });
  });
});

describe('clamping bounds to the displays', () => {
  it('keeps bounds that lie on a display', () => {
    expect(clampToDisplays({ x: 50, y: 60, width: 800, height: 600 }, [laptop])).toEqual({ x: 50, y: 60, width: 800, height: 600 });
  });

  it('centres a window that is entirely off-screen on the primary display', () => {
    expect(clampToDisplays({ x: 5000, y: 3000, width: 800, height: 600 }, [laptop, leftMonitor])).toEqual({ x: 560, y: 220, width: 800, height: 600 });
  });

  it('pulls a window that hangs off the right edge back inside', () => {
    expect(clampToDisplays({ x: 1700, y: 100, width: 800, height: 600 }, [laptop])).toEqual({ x: 1120, y: 100, width: 800, height: 600 });
  });

  it('treats a window with only a sliver visible as off-screen', () => {
    expect(clampToDisplays({ x: 1900, y: 100, width: 800, height: 600 }, [laptop])).toEqual({ x: 560, y: 220, width: 800, height: 600 });
  });

  it('pulls a title bar hidden above the top of the screen back down', () => {
    expect(clampToDisplays({ x: 100, y: -300, width: 800, height: 600 }, [laptop]).y).toBe(0);
  });

  it('shrinks a window larger than its display', () => {
    expect(clampToDisplays({ x: 0, y: 0, width: 4000, height: 3000 }, [laptop])).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });

  it('keeps a window on the display that shows most of it', () => {
    expect(clampToDisplays({ x: -300, y: 100, width: 800, height: 600 }, [laptop, leftMonitor])).toEqual({ x: 0, y: 100, width: 800, height: 600 });
    expect(clampToDisplays({ x: -600, y: 100, width: 800, height: 600 }, [laptop, leftMonitor])).toEqual({ x: -800, y: 100, width: 800, height: 600 });
  });
});

describe('cascading further windows', () => {
  it('shifts each new window down and right', () => {
    expect(cascadeFrom({ x: 100, y: 100, width: 800, height: 600 }, [laptop])).toEqual({ x: 128, y: 128, width: 800, height: 600 });
  });

  it('wraps to the top-left corner instead of running off the display', () => {
    expect(cascadeFrom({ x: 1100, y: 430, width: 800, height: 600 }, [laptop])).toEqual({ x: 28, y: 28, width: 800, height: 600 });
  });
});
