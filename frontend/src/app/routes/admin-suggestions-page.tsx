import { CycleGate } from '../../features/cycles/components/cycle-gate';
import { SuggestionReview } from '../../features/link-suggestions/components/suggestion-review';
import { useI18n } from '../../i18n/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';

/** /admin/kopplingar: the title references the importer was not sure of, to confirm or reject (cycle from the header's selector). */
export function AdminSuggestionsPage() {
  const { t } = useI18n();
  useDocumentTitle(t.suggestions.title);
  return (
    <>
      <h1>{t.suggestions.title}</h1>
      <p className="lead">{t.suggestions.intro}</p>
      <CycleGate>{(cycle) => <SuggestionReview key={cycle.id} cycle={cycle} />}</CycleGate>
    </>
  );
}
