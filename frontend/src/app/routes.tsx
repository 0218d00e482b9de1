import type { RouteObject } from 'react-router';
import { LegacyRedirect } from '../features/organisations/components/legacy-redirect';
import { OrganisationGate } from '../features/organisations/components/organisation-gate';
import { Layout } from './layout';
import { AdminAuditPage } from './routes/admin-audit-page';
import { AdminCataloguePage } from './routes/admin-catalogue-page';
import { AdminCyclesPage } from './routes/admin-cycles-page';
import { AdminLayout } from './routes/admin-layout';
import { AdminRemindersPage } from './routes/admin-reminders-page';
import { AdminSuggestionsPage } from './routes/admin-suggestions-page';
import { AdminUsersPage } from './routes/admin-users-page';
import { AppendixPage } from './routes/appendix-page';
import { BoardPage } from './routes/board-page';
import { GapsPage } from './routes/gaps-page';
import { LatePage } from './routes/late-page';
import { LoginPage } from './routes/login-page';
import { MatrixPage } from './routes/matrix-page';
import { MeasurePage } from './routes/measure-page';
import { NotFoundPage } from './routes/not-found-page';
import { OverviewPage } from './routes/overview-page';
import { RemissAnswerPage } from './routes/remiss-answer-page';
import { RemissCompilationPage } from './routes/remiss-compilation-page';
import { RemissPage } from './routes/remiss-page';
import { RemissRecipientPage } from './routes/remiss-recipient-page';
import { RemissTodoPage } from './routes/remiss-todo-page';
import { RemisserPage } from './routes/remisser-page';
import { StartPage } from './routes/start-page';
import { StatementHistoryPage } from './routes/statement-history-page';
import { TodoPage } from './routes/todo-page';
import { TrendPage } from './routes/trend-page';

/**
 * The pages of one organisation, under `/:org` (`/stockholms-stad/matris`). A page added here is
 * also reached from its address without the organisation (a bookmark from before several
 * municipalities), which leads to Stockholms stad's page: see `legacyRedirects`.
 */
export const organisationRoutes: RouteObject[] = [
  { index: true, element: <OverviewPage /> },
  { path: 'matris', element: <MatrixPage /> },
  { path: 'luckor', element: <GapsPage /> },
  { path: 'namnder/:id', element: <BoardPage /> },
  { path: 'atgarder/:id', element: <MeasurePage /> },
  { path: 'trend', element: <TrendPage /> },
  { path: 'omgangar/:id/bilaga', element: <AppendixPage /> },
  { path: 'sena', element: <LatePage /> },
  { path: 'att-redovisa', element: <TodoPage /> },
  { path: 'skrivningar/:id/historik', element: <StatementHistoryPage /> },
  // Remisser (issue 13)
  { path: 'remisser', element: <RemisserPage /> },
  { path: 'remisser/instanser/:key', element: <RemissRecipientPage /> },
  { path: 'remisser/:id', element: <RemissPage /> },
  { path: 'remisser/:id/svar/:recipientId', element: <RemissAnswerPage /> },
  { path: 'remisser/:id/sammanstallning', element: <RemissCompilationPage /> },
  { path: 'att-besvara', element: <RemissTodoPage /> },
  {
    path: 'admin',
    element: <AdminLayout />,
    children: [
      { index: true, element: <AdminCyclesPage /> },
      { path: 'anvandare', element: <AdminUsersPage /> },
      { path: 'katalog', element: <AdminCataloguePage /> },
      { path: 'logg', element: <AdminAuditPage /> },
      { path: 'kopplingar', element: <AdminSuggestionsPage /> },
      { path: 'paminnelser', element: <AdminRemindersPage /> },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
];

/** `/matris/*`, `/namnder/*` …: the first segment of every organisation page, without the organisation. */
const legacyRedirects: RouteObject[] = [
  ...new Set(organisationRoutes.flatMap((route) => (route.path && route.path !== '*' ? [route.path.split('/')[0]] : []))),
].map((segment) => ({ path: `${segment}/*`, element: <LegacyRedirect /> }));

/** The app's real URLs; main.tsx mounts them in a browser router, tests in a memory router. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      // The start page: every municipality, with its latest cycle.
      { index: true, element: <StartPage /> },
      // Signing in belongs to no organisation; the account says which one it works in.
      { path: 'logga-in', element: <LoginPage /> },
      ...legacyRedirects,
      { path: ':org', element: <OrganisationGate />, children: organisationRoutes },
    ],
  },
];
