/** The drag-and-drop data type the palette sets and the canvas accepts. */
export const PALETTE_MIME = 'application/x-zonewright-asset-type';
