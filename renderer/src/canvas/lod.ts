/**
 * Level of detail. Below `FAR_ZOOM` a whole plant is in view and no text on a node could be read,
 * so nodes draw as plain tiles (no icon, text, badge or handles), conduits lose their labels, and
 * links are drawn together by one layer instead of one React Flow edge each. Interaction stays:
 * nodes can still be selected, dragged and opened; a link is picked once zoomed in.
 */
import { createContext, useContext } from 'react';
import type { ReactFlowState } from '@xyflow/react';

export const FAR_ZOOM = 0.25;

export const selectFar = (s: Pick<ReactFlowState, 'transform'>): boolean => s.transform[2] < FAR_ZOOM;

/** True while the canvas is zoomed out past `FAR_ZOOM`; provided once by the canvas. */
export const FarContext = createContext(false);

export function useFar(): boolean {
  return useContext(FarContext);
}
