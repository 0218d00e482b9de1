import type { RouteObject } from 'react-router';
import { Layout } from './layout';
import { BoardPage } from './routes/board-page';
import { GapsPage } from './routes/gaps-page';
import { MatrixPage } from './routes/matrix-page';
import { MeasurePage } from './routes/measure-page';
import { NotFoundPage } from './routes/not-found-page';
import { OverviewPage } from './routes/overview-page';
import { TrendPage } from './routes/trend-page';

/** The app's real URLs; main.tsx mounts them in a browser router, tests in a memory router. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'matris', element: <MatrixPage /> },
      { path: 'luckor', element: <GapsPage /> },
      { path: 'namnder/:id', element: <BoardPage /> },
      { path: 'atgarder/:id', element: <MeasurePage /> },
      { path: 'trend', element: <TrendPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

