/**
 * A small, internally consistent slice of the 2016-style data: 2 cycles, 4 boards, 2 reports,
 * 3 measures. Numbers in the coverage agree with the matrix, gaps and statements below.
 */
import type {
  AuditEvent,
  Board,
  BoardDetail,
  Cycle,
  CycleCoverage,
  Gap,
  Matrix,
  Me,
  MeasureCoverage,
  MeasureCoverageRow,
  MeasureDetail,
  Organisation,
  Report,
  Statement,
  Todo,
  TrendPoint,
} from '../lib/api-types';
import { apiError, byOrganisation, ok, type Routes } from './fetch-mock';

export const stockholm: Organisation = { id: 1, slug: 'stockholms-stad', name: 'Stockholms stad' };
export const malmo: Organisation = { id: 2, slug: 'malmo-stad', name: 'Malmö stad' };
export const tyreso: Organisation = { id: 3, slug: 'tyreso-kommun', name: 'Tyresö kommun' };
/** By name, as GET /api/organisations lists them. */
export const organisations: Organisation[] = [malmo, stockholm, tyreso];

/** Everything below is Stockholm's unless it says otherwise. */
export const cycle2016: Cycle = {
  id: 1,
  name: 'Underlag för budget 2017 med inriktning 2018-2019',
  year: 2016,
  deadline: '2016-09-30',
  status: 'closed',
  version: 1,
  organisation: stockholm,
};
export const cycle2017: Cycle = {
  id: 2,
  name: 'Underlag för budget 2018 med inriktning 2019-2020',
  year: 2017,
  deadline: '2017-09-29',
  status: 'open',
  version: 4,
  organisation: stockholm,
};
export const cycles: Cycle[] = [cycle2016, cycle2017];

export const trafik: Board = { id: 1, name: 'Trafiknämnden', administration: 'Trafikkontoret', kind: 'central', organisation: stockholm, validFrom: null, validTo: null };
export const utbildning: Board = { id: 2, name: 'Utbildningsnämnden', administration: 'Utbildningsförvaltningen', kind: 'central', organisation: stockholm, validFrom: null, validTo: null };
export const bromma: Board = { id: 3, name: 'Bromma stadsdelsnämnd', administration: 'Bromma stadsdelsförvaltning', kind: 'district', organisation: stockholm, validFrom: null, validTo: null };
export const rinkeby: Board = {
  id: 4,
  name: 'Rinkeby-Kista stadsdelsnämnd',
  administration: 'Rinkeby-Kista stadsdelsförvaltning',
  kind: 'district',
  organisation: stockholm,
  validFrom: null,
  validTo: null,
};
export const boards: Board[] = [trafik, utbildning, bromma, rinkeby];

export const reports: Report[] = [
  { id: 1, key: 'samverkan', title: 'Stad i samverkan', area: 'Samverkan', measureCount: 2, organisation: stockholm },
  { id: 2, key: 'skola', title: 'En skola där alla ska lyckas', area: 'Skola', measureCount: 1, organisation: stockholm },
];

const ref = (board: Board) => ({ id: board.id, name: board.name });
const counts = (expected: number, delivered: number) => ({ expected, delivered, missing: expected - delivered });

export const measure11 = { id: 11, number: '1.1.1', report: 'samverkan', title: 'Samordna stadens arbete mot segregation' };
export const measure12 = { id: 12, number: '1.1.2', report: 'samverkan', title: 'Gemensamma lokaler för föreningar' };
export const measure21 = { id: 21, number: '2.3.1', report: 'skola', title: 'Stärk elevhälsan' };
const rec11 = { number: '1.1', title: 'Stärk samverkan mellan nämnderna' };
const rec23 = { number: '2.3', title: 'En likvärdig skola' };

/** Expected, delivered, missing, rate and the lead/contributing split from [expected, delivered] pairs. */
function splitCounts(lead: [number, number], contributing: [number, number]) {
  const expected = lead[0] + contributing[0];
  const delivered = lead[1] + contributing[1];
  return {
    expected,
    delivered,
    missing: expected - delivered,
    rate: expected === 0 ? null : delivered / expected,
    late: 0,
    lead: counts(...lead),
    contributing: counts(...contributing),
    statuses: statuses(delivered),
  };
}

/** Delivered statements all "pågående", as in statements2017. */
function statuses(inProgress: number) {
  return { done: 0, inProgress, notStarted: 0, waiting: 0, none: 0 };
}

/** The board counts of a cycle's totals (docs/coverage.md). */
function boardTotals(missing: number, fields: { participants: number; silentBoards: number; silentBoardsWithoutMeasures: number; generalOnlyBoards: number; notAskedBoards?: number }) {
  return {
    measures: 3,
    measuresReportedDone: 0,
    notAskedBoards: 0,
    notAskedResponsibilities: 0,
    ...fields,
    gaps: missing + fields.silentBoardsWithoutMeasures,
  };
}

function boardRow(board: Board, lead: [number, number], contributing: [number, number], generalStatement = false) {
  const split = splitCounts(lead, contributing);
  return {
    board,
    ...split,
    statementMissing: split.delivered === 0 && !generalStatement,
    generalStatement,
    generalOnly: split.delivered === 0 && split.expected > 0 && generalStatement,
    participant: split.expected > 0,
    responsibilities: split.expected,
  };
}

export function measureRow(measure: typeof measure11, lead: [number, number], contributing: [number, number]) {
  return { measure, ...splitCounts(lead, contributing) };
}

/** Cycle 2 (2017): Rinkeby-Kista has written nothing; Bromma has not addressed 1.1.1. */
export const coverage2017: CycleCoverage = {
  cycle: cycle2017,
  totals: {
    ...counts(6, 3),
    rate: 0.5,
    late: 0,
    lead: counts(3, 3),
    contributing: counts(3, 0),
    statuses: statuses(3),
    // The gap list of this cycle (gaps2017) also names one silent board without measures.
    ...boardTotals(3, { participants: 4, silentBoards: 1, silentBoardsWithoutMeasures: 1, generalOnlyBoards: 0 }),
  },
  // In the API's order: no statement first, then the lowest share, then kind and id.
  boards: [
    boardRow(rinkeby, [0, 0], [2, 0]),
    boardRow(bromma, [1, 1], [1, 0], true),
    boardRow(trafik, [1, 1], [0, 0]),
    boardRow(utbildning, [1, 1], [0, 0]),
  ],
  reports: [
    { report: { id: 1, key: 'samverkan', title: 'Stad i samverkan' }, ...splitCounts([2, 2], [2, 0]) },
    { report: { id: 2, key: 'skola', title: 'En skola där alla ska lyckas' }, ...splitCounts([1, 1], [1, 0]) },
  ],
  plannedYears: [
    { year: 2018, statements: 2 },
    { year: 2017, statements: 3 },
    { year: 2019, statements: 1 },
  ],
  review: { drafts: 1, awaitingReview: 2, returned: 1, approved: 1 },
};

/** Cycle 1 (2016): everyone wrote something; one contribution is missing. */
export const coverage2016: CycleCoverage = {
  cycle: cycle2016,
  totals: {
    ...counts(6, 5),
    rate: 5 / 6,
    late: 0,
    lead: counts(3, 3),
    contributing: counts(3, 2),
    statuses: statuses(5),
    ...boardTotals(1, { participants: 4, silentBoards: 0, silentBoardsWithoutMeasures: 0, generalOnlyBoards: 0 }),
  },
  boards: [
    boardRow(rinkeby, [0, 0], [2, 1]),
    boardRow(trafik, [1, 1], [0, 0]),
    boardRow(utbildning, [1, 1], [0, 0]),
    boardRow(bromma, [1, 1], [1, 1]),
  ],
  reports: [
    { report: { id: 1, key: 'samverkan', title: 'Stad i samverkan' }, ...splitCounts([2, 2], [2, 2]) },
    { report: { id: 2, key: 'skola', title: 'En skola där alla ska lyckas' }, ...splitCounts([1, 1], [1, 0]) },
  ],
  plannedYears: [{ year: 2016, statements: 4 }],
  review: { drafts: 0, awaitingReview: 0, returned: 0, approved: 5 },
};

/** GET /cycles/:id/coverage/measures of cycle 2 and 1. */
export const measures2017: MeasureCoverage[] = [
  measureRow(measure11, [1, 1], [1, 0]),
  measureRow(measure12, [1, 1], [1, 0]),
  measureRow(measure21, [1, 1], [1, 0]),
];
export const measures2016: MeasureCoverage[] = [
  measureRow(measure11, [1, 1], [1, 1]),
  measureRow(measure12, [1, 1], [1, 1]),
  measureRow(measure21, [1, 1], [1, 0]),
];

export const gaps2017: Gap[] = [
  { board: ref(rinkeby), measure: null, role: null, kind: 'no-statement' },
  { board: ref(bromma), measure: measure11, role: 'contributing', kind: 'measure-not-addressed' },
  { board: ref(rinkeby), measure: measure12, role: 'contributing', kind: 'measure-not-addressed' },
  { board: ref(rinkeby), measure: measure21, role: 'contributing', kind: 'measure-not-addressed' },
];

export const matrix2017: Matrix = {
  boards: boards.map(({ id, name, administration, kind }) => ({ id, name, administration, kind, participant: true })),
  measures: [
    { ...measure21, recommendation: rec23 },
    { ...measure12, recommendation: rec11 },
    { ...measure11, recommendation: rec11 },
  ],
  cells: [
    { measureId: 11, boardId: 1, role: 'lead', asked: true, delivered: true, statementId: 101, status: 'in-progress', position: null },
    { measureId: 11, boardId: 3, role: 'contributing', asked: true, delivered: false, statementId: null, status: null, position: null },
    { measureId: 12, boardId: 3, role: 'lead', asked: true, delivered: true, statementId: 102, status: 'in-progress', position: null },
    { measureId: 12, boardId: 4, role: 'contributing', asked: true, delivered: false, statementId: null, status: null, position: null },
    { measureId: 21, boardId: 2, role: 'lead', asked: true, delivered: true, statementId: 103, status: 'in-progress', position: null },
    { measureId: 21, boardId: 4, role: 'contributing', asked: true, delivered: false, statementId: null, status: null, position: null },
  ],
};

const withAdministration = (board: Board) => ({ id: board.id, name: board.name, administration: board.administration });

export const statements2017: Statement[] = [
  {
    id: 101,
    organisation: stockholm,
    board: withAdministration(trafik),
    measure: measure11,
    role: 'lead',
    parts: null,
    text: 'Trafikkontoret samordnar under 2017 ett gemensamt arbete med stadsdelsförvaltningarna.',
    plannedYears: [2017, 2018],
    status: 'in-progress',
    state: 'submitted',
    position: null,
    submittedAt: null,
    late: false,
    reviewComment: null,
    returnedAt: null,
    approvedAt: null,
    version: 1,
    updatedAt: '2017-09-20T10:00:00.000Z',
    // linked by the importer through its title, not its number
    link: { method: 'title-near', lines: [1639, 1640], score: 0.8 },
  },
  {
    id: 102,
    organisation: stockholm,
    board: withAdministration(bromma),
    measure: measure12,
    role: 'lead',
    parts: null,
    text: 'Bromma stadsdelsförvaltning öppnar två lokaler för föreningslivet under 2017.',
    plannedYears: [2017],
    status: 'in-progress',
    state: 'submitted',
    position: null,
    submittedAt: null,
    late: false,
    reviewComment: null,
    returnedAt: null,
    approvedAt: null,
    version: 1,
    updatedAt: '2017-09-21T10:00:00.000Z',
    link: null,
  },
  {
    id: 103,
    organisation: stockholm,
    board: withAdministration(utbildning),
    measure: measure21,
    role: 'lead',
    parts: null,
    text: 'Elevhälsan förstärks med fler kuratorer.',
    plannedYears: [2017, 2018, 2019],
    status: 'in-progress',
    state: 'submitted',
    position: null,
    submittedAt: null,
    late: false,
    reviewComment: null,
    returnedAt: null,
    approvedAt: null,
    version: 2,
    updatedAt: '2017-09-22T10:00:00.000Z',
    link: null,
  },
  {
    id: 104,
    organisation: stockholm,
    board: withAdministration(bromma),
    measure: null,
    role: null,
    parts: null,
    text: 'Nämnden prioriterar det förebyggande arbetet.',
    plannedYears: [],
    status: 'in-progress',
    state: 'submitted',
    position: null,
    submittedAt: null,
    late: false,
    reviewComment: null,
    returnedAt: null,
    approvedAt: null,
    version: 1,
    updatedAt: '2017-09-21T11:00:00.000Z',
    link: null,
  },
];

export const brommaDetail: BoardDetail = {
  ...bromma,
  slug: 'bromma',
  version: 1,
  responsibilities: [
    { measure: measure12, role: 'lead' },
    { measure: measure11, role: 'contributing' },
  ],
};

export const measure11Detail: MeasureDetail = {
  id: 11,
  organisation: stockholm,
  report: { key: 'samverkan', title: 'Stad i samverkan' },
  number: '1.1.1',
  title: measure11.title,
  description: 'Staden ska samordna arbetet mot segregation mellan nämnderna.',
  ongoingWork: 'Ett nätverk för samordnare finns sedan 2015.',
  responsibilityText: 'Trafiknämnden i samverkan med berörda stadsdelsnämnder',
  recommendation: rec11,
  version: 2,
  responsibilities: [
    { board: withAdministration(bromma), role: 'contributing', sourceText: 'berörda stadsdelsnämnder' },
    { board: withAdministration(trafik), role: 'lead', sourceText: 'Trafiknämnden' },
  ],
};

export const measure11Coverage: MeasureCoverageRow[] = [
  { cycle: { id: 1, name: cycle2016.name, year: 2016, status: 'closed' }, board: ref(trafik), role: 'lead', asked: true, delivered: true, statementId: 1, status: null, position: null, inProgress: false },
  { cycle: { id: 1, name: cycle2016.name, year: 2016, status: 'closed' }, board: ref(bromma), role: 'contributing', asked: true, delivered: true, statementId: 2, status: null, position: null, inProgress: false },
  { cycle: { id: 2, name: cycle2017.name, year: 2017, status: 'open' }, board: ref(trafik), role: 'lead', asked: true, delivered: true, statementId: 101, status: 'in-progress', position: null, inProgress: false },
  { cycle: { id: 2, name: cycle2017.name, year: 2017, status: 'open' }, board: ref(bromma), role: 'contributing', asked: true, delivered: false, statementId: null, status: null, position: null, inProgress: false },
];

const cycleRef = (cycle: Cycle) => ({ id: cycle.id, name: cycle.name, year: cycle.year, status: cycle.status, deadline: cycle.deadline });

export const trend: TrendPoint[] = [
  { cycle: cycleRef(cycle2017), ...counts(6, 3), rate: 0.5, organisation: stockholm },
  { cycle: cycleRef(cycle2016), ...counts(6, 5), rate: 5 / 6, organisation: stockholm },
];

export const brommaTrend: TrendPoint[] = [
  { cycle: cycleRef(cycle2016), ...counts(2, 2), rate: 1, organisation: stockholm },
  { cycle: cycleRef(cycle2017), ...counts(2, 1), rate: 0.5, organisation: stockholm },
];

/** Malmö stad: one open cycle of its own, with two boards; Tyresö kommun has no cycle yet. */
export const cycleMalmo: Cycle = {
  id: 5,
  name: 'Uppföljning 2025',
  year: 2025,
  deadline: '2025-10-31',
  status: 'open',
  version: 1,
  organisation: malmo,
};
const inMalmo = { organisation: malmo, validFrom: null, validTo: null };
export const malmoKultur: Board = { id: 21, name: 'Kulturnämnden', administration: 'Kulturförvaltningen', kind: 'central', ...inMalmo };
export const malmoBoards: Board[] = [
  malmoKultur,
  { id: 22, name: 'Tekniska nämnden', administration: 'Fastighets- och gatukontoret', kind: 'central', ...inMalmo },
];
export const malmoTrend: TrendPoint[] = [{ cycle: cycleRef(cycleMalmo), ...counts(4, 1), rate: 0.25, organisation: malmo }];
/** Every organisation's trend, as `GET /api/coverage/trend` without `?organisation=` orders it: by year, then id. */
export const allTrends: TrendPoint[] = [...trend, ...malmoTrend].sort((a, b) => a.cycle.year - b.cycle.year || a.cycle.id - b.cycle.id);
export const coverageMalmo: CycleCoverage = {
  ...coverage2017,
  cycle: cycleMalmo,
  totals: { ...coverage2017.totals, ...counts(4, 1), rate: 0.25 },
  boards: [],
  reports: [],
  plannedYears: [],
};

/** Every endpoint the pages call, answering with the fixtures above. Tests override single routes. */
export function defaultRoutes(): Routes {
  return {
    // Nobody is signed in unless a test says otherwise.
    'GET /api/auth/me': apiError(401, 'unauthorized', 'Sign in first'),
    'GET /api/organisations': ok(organisations),
    // The lists of one organisation answer only with ?organisation= (see byOrganisation).
    'GET /api/cycles': byOrganisation({ 'stockholms-stad': ok(cycles), 'malmo-stad': ok([cycleMalmo]), 'tyreso-kommun': ok([]) }),
    'GET /api/boards': byOrganisation({ 'stockholms-stad': ok(boards), 'malmo-stad': ok(malmoBoards), 'tyreso-kommun': ok([]) }),
    'GET /api/reports': byOrganisation({ 'stockholms-stad': ok(reports), 'malmo-stad': ok([]), 'tyreso-kommun': ok([]) }),
    'GET /api/cycles/5/coverage': ok(coverageMalmo),
    'GET /api/cycles/2/coverage': ok(coverage2017),
    'GET /api/cycles/1/coverage': ok(coverage2016),
    'GET /api/cycles/2/coverage/measures': (url) => ok(measures2017.filter((m) => !url.searchParams.get('report') || m.measure.report === url.searchParams.get('report'))),
    'GET /api/cycles/1/coverage/measures': ok(measures2016),
    'GET /api/cycles/2/gaps': (url) => ok(filterGaps(gaps2017, url.searchParams)),
    'GET /api/cycles/1/gaps': ok([]),
    'GET /api/cycles/2/matrix': (url) => ok(filterMatrix(matrix2017, url.searchParams.get('report'))),
    'GET /api/cycles/2/statements': (url) => ok(filterStatements(statements2017, url.searchParams)),
    'GET /api/cycles/1/statements': ok([]),
    'GET /api/boards/3': (url) => ok(url.searchParams.get('cycle') ? { ...brommaDetail, participant: true } : brommaDetail),
    'GET /api/boards/3/trend': ok(brommaTrend),
    'GET /api/measures/11': ok(measure11Detail),
    'GET /api/measures/11/coverage': ok(measure11Coverage),
    // Without ?organisation= (the start page): every organisation's.
    'GET /api/coverage/trend': byOrganisation({ 'stockholms-stad': ok(trend), 'malmo-stad': ok(malmoTrend), 'tyreso-kommun': ok([]) }, ok(allTrends)),
    'GET /api/cycles/2/scope-changes': ok({ cycle: { ...cycle2017, version: 1 }, added: [], removed: [], measuresAdded: [], measuresRemoved: [] }),
  };
}

/** The server-side filters, as the API contract describes them. */
export function filterGaps(list: Gap[], params: URLSearchParams): Gap[] {
  return list.filter(
    (gap) =>
      (!params.get('board') || String(gap.board.id) === params.get('board')) &&
      (!params.get('report') || gap.measure?.report === params.get('report')) &&
      (!params.get('role') || gap.role === params.get('role')) &&
      (!params.get('kind') || gap.kind === params.get('kind')),
  );
}

function filterMatrix(matrix: Matrix, report: string | null): Matrix {
  if (!report) return matrix;
  const measures = matrix.measures.filter((m) => m.report === report);
  const ids = new Set(measures.map((m) => m.id));
  return { ...matrix, measures, cells: matrix.cells.filter((c) => ids.has(c.measureId)) };
}

function filterStatements(list: Statement[], params: URLSearchParams): Statement[] {
  return list.filter(
    (s) =>
      (!params.get('board') || String(s.board.id) === params.get('board')) &&
      (!params.get('report') || s.measure?.report === params.get('report')) &&
      (!params.get('measure') || String(s.measure?.id) === params.get('measure')),
  );
}

// --- Accounts, "Att redovisa" and history (issue 6) --------------------------------------------

export const editorMe: Me = { email: 'redaktor.trafiknamnden@example.se', role: 'editor', organisation: stockholm, boards: [{ id: trafik.id, name: trafik.name }] };
export const adminMe: Me = { email: 'admin@example.se', role: 'admin', organisation: stockholm, boards: [] };

/** A statement of Trafiknämnden in the open cycle 2 (2017). */
export function trafikStatement(overrides: Partial<Statement> = {}): Statement {
  return {
    id: 201,
    organisation: stockholm,
    board: withAdministration(trafik),
    measure: measure11,
    role: 'lead',
    parts: null,
    text: 'Utkast om samordning.',
    plannedYears: [2017],
    status: 'in-progress',
    state: 'draft',
    position: null,
    submittedAt: null,
    late: false,
    reviewComment: null,
    returnedAt: null,
    approvedAt: null,
    version: 3,
    updatedAt: '2017-09-01T10:00:00.000Z',
    link: null,
    ...overrides,
  };
}

/** Trafiknämnden leads 1.1.1 (a draft) and contributes to 2.3.1 (nothing yet); deadline in 12 days. */
export function todoFixture(
  overrides: { lead?: Statement | null; contributing?: Statement | null; general?: Statement | null; previousLead?: Statement | null } = {},
): Todo[] {
  const lead = overrides.lead === undefined ? trafikStatement() : overrides.lead;
  const contributing = overrides.contributing ?? null;
  const items = [
    {
      measure: measure11,
      role: 'lead' as const,
      asks: 'Redovisa hur nämnden avser att arbeta vidare med åtgärden.',
      statement: lead,
      previous: overrides.previousLead ?? null,
    },
    { measure: measure21, role: 'contributing' as const, asks: 'Beskriv nämndens förutsättningar …', statement: contributing, previous: null },
  ];
  return [
    {
      cycle: { ...cycle2017, daysLeft: 12, previous: { id: cycle2016.id, name: cycle2016.name, year: cycle2016.year } },
      boards: [
        {
          board: withAdministration(trafik),
          generalStatement: overrides.general ?? null,
          previousGeneralStatement: null,
          items,
          expected: 2,
          submitted: items.filter((item) => item.statement?.state === 'submitted' || item.statement?.state === 'approved').length,
          returned: items.filter((item) => item.statement?.state === 'returned').length,
        },
      ],
    },
  ];
}

export const statementHistory: AuditEvent[] = [
  {
    id: 1,
    at: '2017-09-01T08:00:00.000Z',
    actor: { id: 5, email: 'redaktor.trafiknamnden@example.se' },
    action: 'statement.create',
    entityType: 'statement',
    entityId: 201,
    organisation: stockholm,
    label: 'Trafiknämnden – 1.1.1 (Stad i samverkan) – Underlag för budget 2018 med inriktning 2019-2020',
    before: null,
    after: { id: 201, boardId: 1, text: 'Första utkastet.', plannedYears: [2017], status: null, state: 'draft', late: false, version: 1 },
  },
  {
    id: 2,
    at: '2017-09-02T09:30:00.000Z',
    actor: { id: 6, email: 'kollega@example.se' },
    action: 'statement.update',
    entityType: 'statement',
    entityId: 201,
    organisation: stockholm,
    label: 'Trafiknämnden – 1.1.1 (Stad i samverkan) – Underlag för budget 2018 med inriktning 2019-2020',
    before: { id: 201, boardId: 1, text: 'Första utkastet.', plannedYears: [2017], status: null, state: 'draft', late: false, version: 1 },
    after: { id: 201, boardId: 1, text: 'Första utkastet.', plannedYears: [2017, 2018], status: 'in-progress', state: 'draft', late: false, version: 2 },
  },
  {
    id: 3,
    at: '2017-09-03T10:00:00.000Z',
    actor: { id: 5, email: 'redaktor.trafiknamnden@example.se' },
    action: 'statement.submit',
    entityType: 'statement',
    entityId: 201,
    organisation: stockholm,
    label: 'Trafiknämnden – 1.1.1 (Stad i samverkan) – Underlag för budget 2018 med inriktning 2019-2020',
    before: { id: 201, boardId: 1, text: 'Första utkastet.', plannedYears: [2017, 2018], status: 'in-progress', state: 'draft', late: false, version: 2 },
    after: { id: 201, boardId: 1, text: 'Första utkastet.', plannedYears: [2017, 2018], status: 'in-progress', state: 'submitted', late: false, version: 3 },
  },
];
