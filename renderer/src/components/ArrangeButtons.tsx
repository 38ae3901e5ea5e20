/** Align and distribute, as rows of icon buttons: in the context menu and the multi-selection inspector. */
import { arrangeableCount } from '../commands/arrange';
import { commandById, dispatch, type EditorCommandId } from '../commands/registry';
import type { IconComponent } from '../icons/Icon';
import {
  AlignBottomIcon,
  AlignCentreIcon,
  AlignLeftIcon,
  AlignMiddleIcon,
  AlignRightIcon,
  AlignTopIcon,
  DistributeHorizontalIcon,
  DistributeVerticalIcon,
} from '../icons/uiIcons';
import { useEditor } from '../store/editorStore';

export interface IconRow {
  readonly row: string;
  /** How many elements must move on their own for these commands to apply. */
  readonly min: number;
  readonly items: readonly (readonly [EditorCommandId, IconComponent])[];
}

export const ARRANGE_ROWS: readonly IconRow[] = [
  {
    row: 'Align',
    min: 2,
    items: [
      ['arrange.alignLeft', AlignLeftIcon],
      ['arrange.alignCentre', AlignCentreIcon],
      ['arrange.alignRight', AlignRightIcon],
      ['arrange.alignTop', AlignTopIcon],
      ['arrange.alignMiddle', AlignMiddleIcon],
      ['arrange.alignBottom', AlignBottomIcon],
    ],
  },
  {
    row: 'Distribute',
    min: 3,
    items: [
      ['arrange.distributeHorizontally', DistributeHorizontalIcon],
      ['arrange.distributeVertically', DistributeVerticalIcon],
    ],
  },
];

/** The arrange commands as toolbars (for the inspector of a multiple selection). */
export function ArrangeButtons() {
  // One number, not the whole state: a drag of the selection does not re-render the buttons.
  const count = useEditor(arrangeableCount);
  return (
    <div className="arrange">
      {ARRANGE_ROWS.map((row) => (
        <div key={row.row} className="arrange-row" role="toolbar" aria-label={row.row}>
          <span className="arrange-label">{row.row}</span>
          {row.items.map(([id, Icon]) => {
            const command = commandById(id);
            if (!command) return null;
            const enabled = count >= row.min;
            return (
              <button
                key={id}
                type="button"
                className="btn btn-icon arrange-btn"
                aria-label={command.label}
                title={enabled ? command.label : `${command.label}: ${command.disabledReason ?? 'not available'}`}
                disabled={!enabled}
                onClick={() => dispatch(id)}
              >
                <Icon size={17} />
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
