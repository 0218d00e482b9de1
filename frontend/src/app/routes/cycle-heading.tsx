import { useI18n } from '../../i18n/i18n';
import type { Cycle } from '../../lib/api-types';

/** One line under a page's h1 naming the cycle its figures come from. */
export function CycleHeading({ cycle }: { cycle: Cycle }) {
  const { t, fmt } = useI18n();
  return (
    <p className="lead">
      {cycle.name} · {cycle.deadline ? t.cycle.deadline(fmt.date(cycle.deadline)) : t.cycle.noDeadline} ·{' '}
      {t.cycle.status[cycle.status] ?? cycle.status}
    </p>
  );
}
