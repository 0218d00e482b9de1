import { CycleGate } from '../../features/cycles/components/cycle-gate';
import { ReminderOutbox } from '../../features/reminders/components/reminder-outbox';
import { useI18n } from '../../i18n/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { CycleHeading } from './cycle-heading';

/** /admin/paminnelser: the reminder outbox of the chosen cycle. */
export function AdminRemindersPage() {
  const { t } = useI18n();
  useDocumentTitle(t.admin.reminders.title);
  return (
    <>
      <h1>{t.admin.reminders.title}</h1>
      <p className="lead">{t.admin.reminders.intro}</p>
      <CycleGate>
        {(cycle) => (
          <>
            <CycleHeading cycle={cycle} />
            <ReminderOutbox key={cycle.id} cycle={cycle} />
          </>
        )}
      </CycleGate>
    </>
  );
}
