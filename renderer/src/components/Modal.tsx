import { useEffect, useId, useRef, type ReactNode } from 'react';
import { CloseIcon } from '../icons/uiIcons';

/** A modal dialog on the native <dialog> element: focus is trapped, Escape closes it. */
export function Modal({
  title,
  children,
  footer,
  onClose,
  alert,
  wide,
}: {
  readonly title: string;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
  readonly onClose: () => void;
  /** An alert dialog (errors, confirmations). */
  readonly alert?: boolean;
  readonly wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal${wide ? ' modal--wide' : ''}`}
      role={alert ? 'alertdialog' : undefined}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="modal-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" className="btn btn-icon btn-ghost" onClick={onClose} aria-label="Close">
          <CloseIcon size={16} />
        </button>
      </div>
      <div className="modal-body" id={`${id}-body`}>
        {children}
      </div>
      {footer && <div className="modal-foot">{footer}</div>}
    </dialog>
  );
}
