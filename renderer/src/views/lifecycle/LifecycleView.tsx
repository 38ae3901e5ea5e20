/** The lifecycle phases with their progress, and the maintenance records. */
export function LifecycleView() {
  return <div className="view-placeholder">LifecycleView</div>;
}
