import { diffWords } from 'diff';
import { useI18n } from '../../i18n/i18n';

/**
 * What changed between two texts, word by word (npm `diff`). Added words are underlined, removed
 * ones struck through, each with a hidden "tillagt"/"borttaget" for screen readers, so the change
 * never rests on colour alone.
 */
export function WordDiff({ before, after }: { before: string; after: string }) {
  const { t } = useI18n();
  const parts = diffWords(before, after);
  if (parts.every((part) => !part.added && !part.removed)) return <p className="muted">{t.diff.unchanged}</p>;
  return (
    <p className="statement-text word-diff">
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index}>
            <span className="visually-hidden">[{t.diff.added}: </span>
            {part.value}
            <span className="visually-hidden">]</span>
          </ins>
        ) : part.removed ? (
          <del key={index}>
            <span className="visually-hidden">[{t.diff.removed}: </span>
            {part.value}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </p>
  );
}
