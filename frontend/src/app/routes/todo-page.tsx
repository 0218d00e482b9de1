import { QueryState } from '../../components/ui/query-state';
import { RequireRole } from '../../features/auth/components/require-role';
import { useTodo } from '../../features/statements/api/get-todo';
import { TodoList } from '../../features/statements/components/todo-list';
import { ImportPanel } from '../../features/imports/components/import-panel';
import { useI18n } from '../../i18n/i18n';
import type { Me } from '../../lib/api-types';
import { useDocumentTitle } from '../../lib/use-document-title';

function Todo({ user }: { user: Me }) {
  const { t } = useI18n();
  const query = useTodo();
  if (user.boards.length === 0) return <p className="state state-empty">{t.todo.noBoards}</p>;
  return (
    <QueryState query={query} what={t.what.todo} isEmpty={(todos) => todos.length === 0} empty={t.todo.noOpenCycle}>
      {(todos) => (
        <>
          <TodoList todos={todos} />
          {todos.map((todo) => (
            <ImportPanel key={todo.cycle.id} cycle={todo.cycle} />
          ))}
        </>
      )}
    </QueryState>
  );
}

export function TodoPage() {
  const { t } = useI18n();
  useDocumentTitle(t.todo.title);
  return (
    <>
      <h1>{t.todo.title}</h1>
      <p className="lead">{t.todo.intro}</p>
      <RequireRole roles={['editor', 'admin']}>{(user) => <Todo user={user} />}</RequireRole>
    </>
  );
}
