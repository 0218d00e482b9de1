import type { Dictionary } from './sv';

/** English UI text; same shape as sv.ts. */
export const en: Dictionary = {
  appName: 'Åtgärdskollen',
  skipLink: 'Skip to content',
  mainNav: 'Main menu',
  nav: { overview: 'Overview', matrix: 'Matrix', gaps: 'Gaps', trend: 'Trend' },
  footer: 'Statements are public records. Figures are computed from the statements of the reporting cycle.',
  language: 'Language',

  state: {
    loading: (what: string) => `Loading ${what} …`,
    couldNotFetch: (what: string) => `Could not load ${what}.`,
    retry: 'Try again',
    network: 'The server does not answer. Check the connection and try again.',
    notFound: 'What you asked for does not exist.',
    server: (message: string, code: string) => `The server answered: ${message} (${code})`,
  },

  what: {
    cycles: 'the reporting cycles',
    coverage: 'the coverage for the cycle',
    matrix: 'the matrix',
    reports: 'the reports',
    boards: 'the boards',
    gaps: 'the gaps',
    board: 'the board',
    boardTrend: "the board's history",
    statements: 'the statements',
    measure: 'the measure',
    measureCoverage: "the measure's history",
    trend: 'the trend',
  },

  cycle: {
    label: 'Reporting cycle',
    option: (name: string, year: number) => `${name} (${year})`,
    none: 'There are no reporting cycles yet.',
    unknown: (id: string) => `Reporting cycle ${id} does not exist.`,
    showNewest: 'Show the newest cycle',
    deadline: (date: string) => `Deadline: ${date}`,
    noDeadline: 'No deadline set',
    status: { draft: 'Draft', open: 'Open', closed: 'Closed' },
  },

  role: {
    lead: 'Lead',
    contributing: 'Contributing',
    leadShort: 'L',
    contributingShort: 'C',
    general: 'General statement',
  },
  boardKind: {
    central: 'Central board',
    district: 'District board',
    company: 'Company',
    executive: 'City executive board',
  },
  boardKindPlural: {
    central: 'Central boards',
    district: 'District boards',
    company: 'Companies',
    executive: 'City executive board',
  },
  delivered: 'Delivered',
  notDelivered: 'Missing',
  draft: 'Draft',
  statementMissing: 'Statement missing',
  cellName: (role: string, delivered: boolean) => `${role}, ${delivered ? 'delivered' : 'missing'}`,

  chart: {
    showTable: 'Show as table',
    hideTable: 'Hide the table',
    delivered: 'Delivered',
    missing: 'Missing',
    rate: 'Share delivered',
  },
  table: {
    board: 'Board',
    administration: 'Administration',
    kind: 'Kind',
    report: 'Report',
    measure: 'Measure',
    role: 'Role',
    expected: 'Expected',
    delivered: 'Delivered',
    missing: 'Missing',
    rate: 'Share delivered',
    cycle: 'Cycle',
    year: 'Year',
    statements: 'Statements',
    status: 'Status',
    gapKind: 'Kind of gap',
    sourceText: 'From the responsibility text',
    statement: 'Statement',
  },
  pagination: {
    label: 'Pages',
    previous: 'Previous',
    next: 'Next',
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
  filter: {
    all: 'All',
    clear: 'Clear filters',
    legend: 'Filters',
  },

  overview: {
    title: 'Overview',
    keyFigures: 'Key figures',
    expected: 'Expected statements',
    delivered: 'Delivered',
    missing: 'Missing',
    rate: 'Share delivered',
    byRole: 'Lead and contributing responsibility',
    lead: 'Lead',
    contributing: 'Contributing',
    total: 'Total',
    empty: 'No statements are expected in this cycle.',
    missingBoardsTitle: 'Statement missing',
    missingBoardsIntro: (count: number) =>
      count === 1
        ? '1 board has not delivered any statement in the cycle.'
        : `${count} boards have not delivered any statement in the cycle.`,
    noMissingBoards: 'Every board has delivered at least one statement in the cycle.',
    boardChartTitle: 'Coverage per board',
    boardChartSummary: (worst: string, worstRate: string, best: string, bestRate: string) =>
      `The lowest share delivered is ${worst}'s (${worstRate}) and the highest ${best}'s (${bestRate}).`,
    boardChartEmpty: 'No board has responsibilities in the cycle.',
    reportChartTitle: 'Coverage per report',
    reportChartSummary: (worst: string, worstRate: string, best: string, bestRate: string) =>
      `The lowest share delivered is for ${worst} (${worstRate}) and the highest for ${best} (${bestRate}).`,
    plannedYearsTitle: 'Planned years',
    plannedYearsSummary: (year: number, count: string) =>
      `Most statements plan measures for ${year} (${count} statements).`,
    plannedYearsEmpty: 'No statement names planned years.',
  },

  matrix: {
    title: 'Matrix',
    intro: 'Measures (rows) against boards (columns): who is responsible and whether the statement is delivered.',
    legend: 'L = lead, C = contributing, ✓ = delivered, ✗ = missing.',
    report: 'Report',
    boardKind: 'Kind of board',
    measureColumn: 'Measure',
    showing: (from: string, to: string, total: string, boards: string) =>
      `Showing measures ${from}–${to} of ${total}, ${boards} boards.`,
    empty: 'No measures match the filter.',
    tableLabel: 'Matrix of measures and boards',
    reportGroup: (title: string) => `Report: ${title}`,
    recommendationGroup: (number: string, title: string) => `Recommendation ${number} ${title}`,
    noRecommendation: 'Without recommendation',
  },

  gaps: {
    title: 'Gaps',
    intro: 'Boards that have delivered no statement, and measures a responsible board has not addressed.',
    report: 'Report',
    board: 'Board',
    kind: 'Kind of gap',
    role: 'Role',
    kinds: {
      'no-statement': 'No statement at all',
      'measure-not-addressed': 'Measure not addressed',
    },
    count: (count: string) => `${count} gaps`,
    countOne: '1 gap',
    breakdown: (noStatement: string, notAddressed: string) =>
      `Of which ${noStatement} boards without any statement and ${notAddressed} measures not addressed.`,
    empty: 'No gaps match the filter.',
    wholeBoard: 'The whole board',
    tableCaption: 'Gaps in the cycle',
  },

  board: {
    title: 'Board',
    kindAndAdministration: (kind: string, administration: string) => `${kind} · ${administration}`,
    responsibilities: 'Responsibilities',
    responsibilitiesSummary: (lead: number, contributing: number) =>
      `Lead for ${lead} and contributing to ${contributing} measures.`,
    noResponsibilities: 'The board is not responsible for any measure.',
    statementsByReport: 'Statements per report',
    plannedYears: (years: string) => `Planned years: ${years}`,
    noPlannedYears: 'No planned years given.',
    generalStatement: 'General statement',
    noGeneralStatement: 'The board has not delivered a general statement.',
    gaps: 'Gaps',
    noGaps: 'The board has no gaps in the cycle.',
    gapCount: (count: number) => (count === 1 ? '1 gap in the cycle.' : `${count} gaps in the cycle.`),
    history: 'History',
    historySummary: (first: string, firstRate: string, last: string, lastRate: string) =>
      `The share delivered went from ${firstRate} (${first}) to ${lastRate} (${last}).`,
    historySingle: (cycle: string, rate: string) => `Only one cycle so far: ${rate} delivered (${cycle}).`,
    historyEmpty: 'No history for the board yet.',
    statementInCycle: 'Statement in the cycle',
  },

  measure: {
    title: 'Measure',
    description: 'Description',
    ongoingWork: 'Ongoing work',
    noText: 'No text.',
    responsibility: 'Responsibility',
    asWritten: 'As written in the report',
    asParsed: 'Parsed into boards',
    noResponsibilities: 'No responsible boards were parsed from the text.',
    statements: (cycle: string) => `Statements in ${cycle}`,
    history: 'History',
    historyEmpty: 'No history for the measure yet.',
    recommendation: (number: string, title: string) => `Recommendation ${number}: ${title}`,
    report: (title: string) => `Report: ${title}`,
  },

  trend: {
    title: 'Trend',
    intro: 'Share of statements delivered per reporting cycle.',
    chartTitle: 'Share delivered per cycle',
    summary: (first: string, firstRate: string, last: string, lastRate: string) =>
      `The share delivered went from ${firstRate} (${first}) to ${lastRate} (${last}).`,
    single: (cycle: string, rate: string) => `Only one cycle so far: ${rate} delivered (${cycle}).`,
    empty: 'There are no cycles to show yet.',
  },

  notFound: {
    title: 'Page not found',
    body: 'The address does not lead to any page in Åtgärdskollen.',
    home: 'To the overview',
  },
};
