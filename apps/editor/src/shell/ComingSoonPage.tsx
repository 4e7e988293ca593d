import { EmptyState } from '../ui/EmptyState.tsx';
import type { NavSection } from './navSections.ts';

/** An honest placeholder for a section that is not built yet. */
export function ComingSoonPage({ section }: { section: NavSection }) {
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{section.label}</h1>
      </header>
      <div className="card">
        <EmptyState icon={section.icon} title={`${section.label} is coming soon`}>
          {section.summary}
        </EmptyState>
      </div>
    </div>
  );
}
