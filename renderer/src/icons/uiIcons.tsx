/** Interface icons, on the same grid and stroke as the asset icons. */
import { makeIcon } from './Icon';

export const NewIcon = makeIcon('NewIcon', (
  <>
    <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
    <path d="M14 3v5h5M12 11v6M9 14h6" />
  </>
));
export const OpenIcon = makeIcon('OpenIcon', (
  <path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" />
));
export const SaveIcon = makeIcon('SaveIcon', (
  <>
    <path d="M5 3h11l5 5v11a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z" />
    <path d="M7 3v5h8V3M7 21v-7h10v7" />
  </>
));
export const UndoIcon = makeIcon('UndoIcon', (
  <>
    <path d="M9 14L4 9l5-5" />
    <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
  </>
));
export const RedoIcon = makeIcon('RedoIcon', (
  <>
    <path d="M15 14l5-5-5-5" />
    <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
  </>
));
export const ZoneIcon = makeIcon('ZoneIcon', (
  <>
    <rect x="3" y="4" width="18" height="16" rx="2.5" strokeDasharray="3.5 2.5" />
    <path d="M7 8.5h6" />
  </>
));
export const ConduitIcon = makeIcon('ConduitIcon', (
  <>
    <rect x="2.5" y="8" width="6" height="8" rx="1.5" />
    <rect x="15.5" y="8" width="6" height="8" rx="1.5" />
    <path d="M8.5 12h7" strokeWidth={3.5} />
  </>
));
export const LayoutIcon = makeIcon('LayoutIcon', (
  <>
    <rect x="9" y="3" width="6" height="5" rx="1" />
    <rect x="3" y="16" width="6" height="5" rx="1" />
    <rect x="15" y="16" width="6" height="5" rx="1" />
    <path d="M12 8v4M6 16v-2a2 2 0 0 1 2-2h8a2 2 0 0 1 2 2v2" />
  </>
));
export const PdfIcon = makeIcon('PdfIcon', (
  <>
    <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
    <path d="M14 3v5h5M9 13h6M9 17h4" />
  </>
));
export const FitViewIcon = makeIcon('FitViewIcon', (
  <path d="M4 9V5a1 1 0 0 1 1-1h4M15 4h4a1 1 0 0 1 1 1v4M20 15v4a1 1 0 0 1-1 1h-4M9 20H5a1 1 0 0 1-1-1v-4" />
));
export const ZoomInIcon = makeIcon('ZoomInIcon', (
  <>
    <circle cx="11" cy="11" r="7" />
    <path d="M20 20l-4-4M11 8v6M8 11h6" />
  </>
));
export const ZoomOutIcon = makeIcon('ZoomOutIcon', (
  <>
    <circle cx="11" cy="11" r="7" />
    <path d="M20 20l-4-4M8 11h6" />
  </>
));
export const KeyboardIcon = makeIcon('KeyboardIcon', (
  <>
    <rect x="2.5" y="6" width="19" height="12" rx="2" />
    <path d="M6 10h.01M9.5 10h.01M13 10h.01M16.5 10h1.5M6 14h.01M8.5 14h7M18 14h.01" />
  </>
));
export const ShieldIcon = makeIcon('ShieldIcon', (
  <>
    <path d="M12 3l7 2.5v5.5c0 4.5-3 8-7 10-4-2-7-5.5-7-10V5.5z" />
    <path d="M9 12l2 2 4-4.5" />
  </>
));
export const TrashIcon = makeIcon('TrashIcon', (
  <>
    <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
  </>
));
export const ErrorIcon = makeIcon('ErrorIcon', (
  <>
    <circle cx="12" cy="12" r="9" />
    <path d="M15 9l-6 6M9 9l6 6" />
  </>
));
export const WarningIcon = makeIcon('WarningIcon', (
  <>
    <path d="M10.3 4.2L2.6 17.5A2 2 0 0 0 4.3 20.5h15.4a2 2 0 0 0 1.7-3L13.7 4.2a2 2 0 0 0-3.4 0z" />
    <path d="M12 9.5v4M12 17h.01" />
  </>
));
export const InfoIcon = makeIcon('InfoIcon', (
  <>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 11v5M12 8h.01" />
  </>
));
export const CheckCircleIcon = makeIcon('CheckCircleIcon', (
  <>
    <circle cx="12" cy="12" r="9" />
    <path d="M8 12.5l2.5 2.5 5.5-6" />
  </>
));
export const CloseIcon = makeIcon('CloseIcon', <path d="M6 6l12 12M18 6L6 18" />);
export const PlusIcon = makeIcon('PlusIcon', <path d="M12 5v14M5 12h14" />);
export const ChevronIcon = makeIcon('ChevronIcon', <path d="M9 6l6 6-6 6" />);
export const LinkIcon = makeIcon('LinkIcon', (
  <>
    <circle cx="5.5" cy="12" r="2.5" />
    <circle cx="18.5" cy="12" r="2.5" />
    <path d="M8 12h8" />
  </>
));
export const SearchIcon = makeIcon('SearchIcon', (
  <>
    <circle cx="11" cy="11" r="7" />
    <path d="M20 20l-4-4" />
  </>
));
export const BookIcon = makeIcon('BookIcon', (
  <>
    <path d="M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2z" />
    <path d="M4 21a2 2 0 0 1 2-2h13v2H6M9 7h6" />
  </>
));
export const LogoIcon = makeIcon('LogoIcon', (
  <>
    <rect x="2.5" y="3.5" width="8" height="7" rx="1.5" />
    <rect x="13.5" y="13.5" width="8" height="7" rx="1.5" />
    <path d="M6.5 10.5v3.5a2 2 0 0 0 2 2h5" strokeWidth={2.5} />
  </>
));
export const CopyIcon = makeIcon('CopyIcon', (
  <>
    <rect x="8" y="8" width="12" height="12" rx="2" />
    <path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2" />
  </>
));
export const CutIcon = makeIcon('CutIcon', (
  <>
    <circle cx="6" cy="18" r="2.5" />
    <circle cx="18" cy="18" r="2.5" />
    <path d="M7.8 16.2L17 4M16.2 16.2L7 4" />
  </>
));
export const PasteIcon = makeIcon('PasteIcon', (
  <>
    <path d="M9 4H7a2 2 0 0 0-2 2v13a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2" />
    <rect x="9" y="2.5" width="6" height="3.5" rx="1" />
  </>
));
export const DuplicateIcon = makeIcon('DuplicateIcon', (
  <>
    <rect x="8" y="8" width="12" height="12" rx="2" />
    <path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2M14 11v6M11 14h6" />
  </>
));
export const AlignLeftIcon = makeIcon('AlignLeftIcon', (
  <>
    <path d="M4 3v18" />
    <rect x="7" y="6" width="12" height="4" rx="1" />
    <rect x="7" y="14" width="7" height="4" rx="1" />
  </>
));
export const AlignCentreIcon = makeIcon('AlignCentreIcon', (
  <>
    <path d="M12 3v18" />
    <rect x="5" y="6" width="14" height="4" rx="1" />
    <rect x="8" y="14" width="8" height="4" rx="1" />
  </>
));
export const AlignRightIcon = makeIcon('AlignRightIcon', (
  <>
    <path d="M20 3v18" />
    <rect x="5" y="6" width="12" height="4" rx="1" />
    <rect x="10" y="14" width="7" height="4" rx="1" />
  </>
));
export const AlignTopIcon = makeIcon('AlignTopIcon', (
  <>
    <path d="M3 4h18" />
    <rect x="6" y="7" width="4" height="12" rx="1" />
    <rect x="14" y="7" width="4" height="7" rx="1" />
  </>
));
export const AlignMiddleIcon = makeIcon('AlignMiddleIcon', (
  <>
    <path d="M3 12h18" />
    <rect x="6" y="5" width="4" height="14" rx="1" />
    <rect x="14" y="8" width="4" height="8" rx="1" />
  </>
));
export const AlignBottomIcon = makeIcon('AlignBottomIcon', (
  <>
    <path d="M3 20h18" />
    <rect x="6" y="5" width="4" height="12" rx="1" />
    <rect x="14" y="10" width="4" height="7" rx="1" />
  </>
));
export const DistributeHorizontalIcon = makeIcon('DistributeHorizontalIcon', (
  <>
    <path d="M3 4v16M21 4v16" />
    <rect x="9" y="7" width="6" height="10" rx="1" />
  </>
));
export const DistributeVerticalIcon = makeIcon('DistributeVerticalIcon', (
  <>
    <path d="M4 3h16M4 21h16" />
    <rect x="7" y="9" width="10" height="6" rx="1" />
  </>
));
export const RestoreIcon = makeIcon('RestoreIcon', (
  <>
    <path d="M3 12a9 9 0 1 0 3-6.7L3 8" />
    <path d="M3 3v5h5M12 7v5l3 2" />
  </>
));
export const ClockIcon = makeIcon('ClockIcon', (
  <>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 7v5l3 2" />
  </>
));
