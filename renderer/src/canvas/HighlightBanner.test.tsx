// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { editorStore } from '../store/editorStore';
import { HighlightBanner } from './HighlightBanner';

afterEach(() => {
  cleanup();
  editorStore.setState({ dialog: null, mode: { kind: 'idle' } });
});

function renderBanner(over: { count?: number; missing?: number } = {}) {
  const onZoom = vi.fn();
  const onClear = vi.fn();
  render(<HighlightBanner label="Changes since revision 3" count={over.count ?? 4} missing={over.missing ?? 0} onZoom={onZoom} onClear={onClear} />);
  return { onZoom, onClear };
}

describe('HighlightBanner', () => {
  it('says what is marked and how many elements', () => {
    renderBanner({ count: 4, missing: 2 });
    const region = screen.getByRole('region', { name: 'Highlight' });
    expect(region.textContent).toContain('Changes since revision 3');
    expect(screen.getByRole('status').textContent).toContain('4 elements marked · 2 no longer in the diagram');
  });

  it('Zoom to and Clear do what they say', () => {
    const { onZoom, onClear } = renderBanner();
    fireEvent.click(screen.getByRole('button', { name: 'Zoom to' }));
    expect(onZoom).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: /Clear/ }));
    expect(onClear).toHaveBeenCalledOnce();
  });

  it('Escape clears, unless it belongs to a field or an open dialog', () => {
    const { onClear } = renderBanner();
    const field = document.createElement('input');
    document.body.append(field);
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(onClear).not.toHaveBeenCalled();
    editorStore.setState({ dialog: { kind: 'shortcuts' } });
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onClear).not.toHaveBeenCalled();
    editorStore.setState({ dialog: null });
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onClear).toHaveBeenCalledOnce();
    field.remove();
  });

  it('offers no zoom when none of the marked elements is in the diagram', () => {
    renderBanner({ count: 0, missing: 3 });
    expect(screen.getByRole('button', { name: 'Zoom to' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('0 elements marked · 3 no longer in the diagram');
  });
});
