import { describe, expect, it } from 'vitest';
import { dotGridStyle } from './DotGrid';

describe('dotGridStyle', () => {
  it('spaces the dots one grid step apart at the current zoom', () => {
    expect(dotGridStyle([0, 0, 1], 60, 1.2, '#ccc').backgroundSize).toBe('60px 60px');
    expect(dotGridStyle([0, 0, 0.5], 60, 1.2, '#ccc').backgroundSize).toBe('30px 30px');
  });

  it('moves the dots with the view, as React Flow placed its pattern', () => {
    // React Flow: a cell at (x mod cell, y mod cell) shifted back by half a cell.
    expect(dotGridStyle([100, -20, 1], 60, 1.2, '#ccc').backgroundPosition).toBe('10px -50px');
    // Panned by one cell, the same dots (a background repeats every cell).
    expect(dotGridStyle([160, 40, 1], 60, 1.2, '#ccc').backgroundPosition).toBe('10px 10px');
  });

  it('draws a dot of the given size, scaled with the zoom, in the given colour', () => {
    const large = dotGridStyle([0, 0, 2], 60, 1.2, '#c9cdd6').backgroundImage;
    expect(large).toBe('radial-gradient(circle at 1.2px 1.2px, #c9cdd6 0.7px, transparent 1.7px)');
    // Under a pixel across, the dot fades from its centre instead of having a solid core.
    expect(dotGridStyle([0, 0, 0.5], 60, 1.2, '#c9cdd6').backgroundImage).toMatch(/^radial-gradient\(circle at 0\.3px 0\.3px, #c9cdd6 0px, transparent 0\.5196/);
  });
});
