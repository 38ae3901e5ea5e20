/** The stored revisions of the open project, read from the browser database and re-read after each change. */
import { useCallback, useEffect, useState } from 'react';
import { openRevisions, type RevisionRecord, type RevisionStore } from '../../persistence/revisions';

export type RevisionsState =
  | { readonly status: 'loading' }
  | { readonly status: 'unavailable'; readonly reason: string }
  | { readonly status: 'ready'; readonly store: RevisionStore; readonly revisions: readonly RevisionRecord[] };

export function useRevisions(projectKey: string): { readonly state: RevisionsState; readonly reload: () => void } {
  const [state, setState] = useState<RevisionsState>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void (async () => {
      const access = await openRevisions();
      if (!live) return;
      if (!access.ok) {
        setState({ status: 'unavailable', reason: access.reason });
        return;
      }
      try {
        const revisions = await access.store.list(projectKey);
        if (live) setState({ status: 'ready', store: access.store, revisions });
      } catch (error) {
        console.warn('Could not read the revisions', error);
        if (live) setState({ status: 'unavailable', reason: 'The revisions could not be read from the browser’s database. The editor works as usual; save the project to a file to keep a copy.' });
      }
    })();
    return () => {
      live = false;
    };
  }, [projectKey, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { state, reload };
}
