/** A progress bar with its share for assistive technology. */
export function Progress({ value, label, small }: { readonly value: number; readonly label: string; readonly small?: boolean }) {
  const pct = Math.round(Math.max(0, Math.min(1, value)) * 100);
  const tone = value >= 1 ? 'done' : value > 0 ? 'partial' : 'missing';
  return (
    <div className={`progress progress--${tone}${small ? ' progress--small' : ''}`} role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
      <div className="progress-fill" style={{ width: `${pct}%` }} />
    </div>
  );
}
