import { useId, useState, type FormEvent } from 'react';
import { CheckboxGroup } from '../../../components/ui/checkbox-group';
import { DataTable } from '../../../components/ui/data-table';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { useI18n } from '../../../i18n/i18n';
import type { AccountRole, Board, User } from '../../../lib/api-types';
import { useCreateUser } from '../api/create-user';
import { useUpdateUser } from '../api/update-user';

/** The roles an admin gives (the install's system account is made by `npm run org:create`, never here). */
type EditableRole = Exclude<AccountRole, 'system'>;
const ROLES: EditableRole[] = ['admin', 'editor', 'analyst'];

function RoleSelect({ value, onChange }: { value: EditableRole; onChange: (role: EditableRole) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t.admin.user.role}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as EditableRole)}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t.accountRole[role]}
          </option>
        ))}
      </select>
    </div>
  );
}

interface UserFormProps {
  boards: Board[];
  user?: User;
  onDone: (message: string) => void;
  onCancel?: () => void;
}

/** Create an account, or change one's role, boards, active flag and password. */
function UserForm({ boards, user, onDone, onCancel }: UserFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<EditableRole>(user?.role === undefined || user.role === 'system' ? 'editor' : user.role);
  const [password, setPassword] = useState('');
  const [boardIds, setBoardIds] = useState<number[]>(user?.boards.map((b) => b.id) ?? []);
  const [active, setActive] = useState(user?.active ?? true);
  const create = useCreateUser();
  // Both hooks always exist (hooks cannot be conditional); only the one for this form is called.
  const update = useUpdateUser(user?.id ?? 0);
  const write = user ? update : create;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const boardsFor = role === 'editor' ? boardIds : [];
    if (user) {
      update.mutate(
        { role, boardIds: boardsFor, active, ...(password ? { password } : {}), version: user.version },
        { onSuccess: () => onDone(t.admin.saved) },
      );
    } else {
      create.mutate(
        { email: email.trim(), role, password, boardIds: boardsFor },
        {
          onSuccess: (created) => {
            setEmail('');
            setPassword('');
            setBoardIds([]);
            onDone(t.admin.user.created(created.email));
          },
        },
      );
    }
  }

  const title = user ? t.admin.user.editTitle(user.email) : t.admin.user.create;
  return (
    <form className="form admin-form" onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <FormFeedback error={write.error} />
      <div className="field-row">
        {!user && (
          <div className="field field-wide">
            <label htmlFor={`${id}-email`}>{t.admin.user.email}</label>
            <input id={`${id}-email`} type="email" autoComplete="off" required value={email} onChange={(event) => setEmail(event.target.value)} />
          </div>
        )}
        <RoleSelect value={role} onChange={setRole} />
        <div className="field">
          <label htmlFor={`${id}-password`}>{user ? t.admin.user.newPassword : t.admin.user.password}</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="new-password"
            required={!user}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
      </div>
      {user && (
        <div className="checkbox">
          <input id={`${id}-active`} type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} />
          <label htmlFor={`${id}-active`}>{t.admin.user.activeLabel}</label>
        </div>
      )}
      {role === 'editor' && (
        <CheckboxGroup
          legend={t.admin.user.boards}
          options={boards.map((board) => ({ value: board.id, label: board.name }))}
          selected={boardIds}
          onChange={setBoardIds}
        />
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={write.isPending}>
          {user ? t.admin.save : t.admin.user.createButton}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t.admin.cancel}
          </button>
        )}
      </div>
    </form>
  );
}

/** Admin: the accounts, their roles and boards; create and edit. */
export function UserAdmin({ users, boards }: { users: User[]; boards: Board[] }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const sorted = [...users].sort((a, b) => a.email.localeCompare(b.email, 'sv'));
  const user = sorted.find((u) => u.id === editing);

  return (
    <>
      <p role="status" className="form-status">
        {message}
      </p>
      {user ? (
        <UserForm
          key={user.id}
          boards={boards}
          user={user}
          onDone={(done) => {
            setMessage(done);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <UserForm boards={boards} onDone={setMessage} />
      )}
      {sorted.length === 0 ? (
        <p className="state state-empty">{t.admin.user.empty}</p>
      ) : (
        <DataTable
          caption={t.admin.user.tableCaption}
          rows={sorted}
          rowKey={(row) => row.id}
          columns={[
            { header: t.admin.user.email, cell: (row) => row.email, rowHeader: true },
            { header: t.admin.user.role, cell: (row) => t.accountRole[row.role] },
            { header: t.admin.user.boards, cell: (row) => (row.boards.length ? row.boards.map((b) => b.name).join(', ') : t.admin.user.none) },
            {
              header: t.table.status,
              cell: (row) => (
                <>
                  {row.active ? t.admin.user.active : t.admin.user.inactive}
                  {row.demoPassword && <> · {t.admin.user.demoPassword}</>}
                </>
              ),
            },
            {
              header: t.admin.user.actions,
              cell: (row) => (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => {
                    setMessage(null);
                    setEditing(row.id);
                  }}
                >
                  {t.admin.user.edit(row.email)}
                </button>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
