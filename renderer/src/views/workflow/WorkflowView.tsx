/** The ZCR workflow of IEC 62443-3-2, step by step, with what is done and missing. */
export function WorkflowView() {
  return <div className="view-placeholder">WorkflowView</div>;
}
