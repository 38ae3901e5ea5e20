/** The recent-projects list of the start screen and the New dialog; a click reopens the project. */
import { forgetRecent, reopenRecent, usePersistence, type RecentEntry } from '../persistence';
import { CloseIcon, ZoneIcon } from '../icons/uiIcons';
import { ago, count, when } from './when';

function detail(entry: RecentEntry): string {
  const parts = [entry.file.name ?? 'not saved to a file', `${count(entry.counts.zones, 'zone')} · ${count(entry.counts.assets, 'asset')}`];
  return parts.join(' · ');
}

export function RecentProjects({ limit = 6, onOpen }: { readonly limit?: number; readonly onOpen?: () => void }) {
  const recent = usePersistence((s) => s.recent);
  if (recent.length === 0) return null;
  return (
    <section className="recent" aria-label="Recent projects">
      <h3 className="recent-title">Recent projects</h3>
      <ul className="recent-list">
        {recent.slice(0, limit).map((entry) => (
          <li key={entry.key} className="recent-item">
            <button
              type="button"
              className="recent-open"
              onClick={() => {
                onOpen?.();
                void reopenRecent(entry);
              }}
              title={entry.file.path ?? entry.file.name ?? entry.name}
              aria-label={`Open ${entry.name}`}
              aria-describedby={`recent-${entry.key}`}
            >
              <span className="recent-icon">
                <ZoneIcon size={18} />
              </span>
              <span className="recent-text">
                <span className="recent-name">
                  {entry.name}
                  {!entry.clean && (
                    <span className="recent-unsaved" aria-hidden="true">
                      unsaved
                    </span>
                  )}
                </span>
                <span className="recent-detail" id={`recent-${entry.key}`}>
                  {!entry.clean && <span className="sr-only">Unsaved changes · </span>}
                  {detail(entry)}
                </span>
              </span>
              <span className="recent-when" title={when(entry.updatedAt)}>
                {ago(entry.updatedAt) ?? when(entry.updatedAt)}
              </span>
            </button>
            <button type="button" className="btn btn-icon btn-ghost recent-forget" aria-label={`Remove ${entry.name} from the recent projects`} title="Remove from this list" onClick={() => void forgetRecent(entry.key)}>
              <CloseIcon size={14} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
