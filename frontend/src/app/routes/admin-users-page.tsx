import { QueryState } from '../../components/ui/query-state';
import { useBoards } from '../../features/boards/api/get-boards';
import { useUsers } from '../../features/users/api/get-users';
import { UserAdmin } from '../../features/users/components/user-admin';
import { useI18n } from '../../i18n/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';

export function AdminUsersPage() {
  const { t } = useI18n();
  const users = useUsers();
  const boards = useBoards();
  useDocumentTitle(t.admin.user.title);
  return (
    <>
      <h1>{t.admin.user.title}</h1>
      <p className="lead">{t.admin.user.intro}</p>
      <QueryState query={boards} what={t.what.boards}>
        {(boardList) => (
          <QueryState query={users} what={t.what.users}>
            {(userList) => <UserAdmin users={userList} boards={boardList} />}
          </QueryState>
        )}
      </QueryState>
    </>
  );
}
