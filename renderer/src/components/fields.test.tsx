// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { nameProblem, portProblem } from '../../../shared';
import { FormField, TextField } from './fields';

afterEach(cleanup);

describe('TextField', () => {
  it('refuses an invalid value at the field, with a message, and never commits it', () => {
    const onCommit = vi.fn();
    render(<TextField label="Port" value="502" validate={portProblem} onCommit={onCommit} />);
    const input = screen.getByLabelText('Port');
    fireEvent.change(input, { target: { value: '70000' } });
    expect(screen.getByRole('alert').textContent).toBe('Port must be a whole number from 1 to 65535.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.blur(input);
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect((input as HTMLInputElement).value).toBe('502');
  });

  it('commits a valid change once, on Enter', () => {
    const onCommit = vi.fn();
    render(<TextField label="Name" value="PLC" validate={nameProblem} onCommit={onCommit} />);
    const input = screen.getByLabelText('Name');
    fireEvent.change(input, { target: { value: 'PLC-1' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledWith('PLC-1');
  });

  it('follows the stored value when it changes underneath (undo)', () => {
    const { rerender } = render(<TextField label="Name" value="A" onCommit={() => {}} />);
    rerender(<TextField label="Name" value="B" onCommit={() => {}} />);
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('B');
  });
});

describe('FormField', () => {
  it('labels the control it holds, and marks the field when told of a problem', () => {
    const { container, rerender } = render(
      <FormField htmlFor="by" label="Approved by">
        <input id="by" />
      </FormField>,
    );
    expect(screen.getByLabelText('Approved by').id).toBe('by');
    expect(container.firstElementChild?.className).toBe('field field--compact');
    rerender(
      <FormField htmlFor="by" label="Approved by" className="wide" problem="a name is needed">
        <input id="by" />
      </FormField>,
    );
    expect(container.firstElementChild?.className).toBe('field field--compact wide has-problem');
  });
});
