/** Swedish UI text, the default language. en.ts must have the same shape (the type is taken from here). */
export const sv = {
  appName: 'Åtgärdskollen',
  skipLink: 'Hoppa till innehållet',
  mainNav: 'Huvudmeny',
  nav: { overview: 'Översikt', matrix: 'Matris', gaps: 'Luckor', trend: 'Trend' },
  footer: 'Skrivningarna är allmänna handlingar. Siffrorna räknas fram ur uppföljningsomgångens skrivningar.',
  language: 'Språk',

  state: {
    loading: (what: string) => `Hämtar ${what} …`,
    couldNotFetch: (what: string) => `Kunde inte hämta ${what}.`,
    retry: 'Försök igen',
    network: 'Servern svarar inte. Kontrollera anslutningen och försök igen.',
    notFound: 'Det efterfrågade finns inte.',
    server: (message: string, code: string) => `Servern svarade: ${message} (${code})`,
  },

  what: {
    cycles: 'uppföljningsomgångarna',
    coverage: 'täckningen för omgången',
    matrix: 'matrisen',
    reports: 'delrapporterna',
    boards: 'nämnderna',
    gaps: 'luckorna',
    board: 'nämnden',
    boardTrend: 'nämndens historik',
    statements: 'skrivningarna',
    measure: 'åtgärden',
    measureCoverage: 'åtgärdens historik',
    trend: 'trenden',
  },

  cycle: {
    label: 'Uppföljningsomgång',
    option: (name: string, year: number) => `${name} (${year})`,
    none: 'Det finns inga uppföljningsomgångar ännu.',
    unknown: (id: string) => `Uppföljningsomgång ${id} finns inte.`,
    showNewest: 'Visa den senaste omgången',
    deadline: (date: string) => `Sista dag: ${date}`,
    noDeadline: 'Ingen sista dag satt',
    status: { draft: 'Utkast', open: 'Öppen', closed: 'Stängd' } as Record<'draft' | 'open' | 'closed', string>,
  },

  role: {
    lead: 'Huvudansvarig',
    contributing: 'Delansvarig',
    leadShort: 'H',
    contributingShort: 'D',
    general: 'Generell skrivning',
  },
  boardKind: {
    central: 'Facknämnd',
    district: 'Stadsdelsnämnd',
    company: 'Bolag',
    executive: 'Kommunstyrelsen',
  } as Record<'central' | 'district' | 'company' | 'executive', string>,
  boardKindPlural: {
    central: 'Facknämnder',
    district: 'Stadsdelsnämnder',
    company: 'Bolag',
    executive: 'Kommunstyrelsen',
  } as Record<'central' | 'district' | 'company' | 'executive', string>,
  delivered: 'Inlämnad',
  notDelivered: 'Saknas',
  draft: 'Utkast',
  statementMissing: 'Skrivning saknas',
  cellName: (role: string, delivered: boolean) => `${role}, ${delivered ? 'inlämnad' : 'saknas'}`,

  chart: {
    showTable: 'Visa som tabell',
    hideTable: 'Dölj tabellen',
    delivered: 'Inlämnade',
    missing: 'Saknas',
    rate: 'Andel inlämnade',
  },
  table: {
    board: 'Nämnd',
    administration: 'Förvaltning',
    kind: 'Typ',
    report: 'Delrapport',
    measure: 'Åtgärd',
    role: 'Roll',
    expected: 'Förväntade',
    delivered: 'Inlämnade',
    missing: 'Saknas',
    rate: 'Andel inlämnade',
    cycle: 'Omgång',
    year: 'År',
    statements: 'Skrivningar',
    status: 'Status',
    gapKind: 'Typ av lucka',
    sourceText: 'Ur ansvarstexten',
    statement: 'Skrivning',
  },
  pagination: {
    label: 'Sidor',
    previous: 'Föregående',
    next: 'Nästa',
    page: (page: number, pages: number) => `Sida ${page} av ${pages}`,
  },
  filter: {
    all: 'Alla',
    clear: 'Rensa filter',
    legend: 'Filter',
  },

  overview: {
    title: 'Översikt',
    keyFigures: 'Nyckeltal',
    expected: 'Förväntade skrivningar',
    delivered: 'Inlämnade',
    missing: 'Saknas',
    rate: 'Andel inlämnade',
    byRole: 'Huvudansvar och delansvar',
    lead: 'Huvudansvar',
    contributing: 'Delansvar',
    total: 'Totalt',
    empty: 'Inga skrivningar väntas i den här omgången.',
    missingBoardsTitle: 'Skrivning saknas',
    missingBoardsIntro: (count: number) =>
      count === 1
        ? '1 nämnd har inte lämnat någon skrivning alls i omgången.'
        : `${count} nämnder har inte lämnat någon skrivning alls i omgången.`,
    noMissingBoards: 'Alla nämnder har lämnat minst en skrivning i omgången.',
    boardChartTitle: 'Täckning per nämnd',
    boardChartSummary: (worst: string, worstRate: string, best: string, bestRate: string) =>
      `Lägst andel inlämnade har ${worst} (${worstRate}) och högst ${best} (${bestRate}).`,
    boardChartEmpty: 'Inga nämnder har ansvar i omgången.',
    reportChartTitle: 'Täckning per delrapport',
    reportChartSummary: (worst: string, worstRate: string, best: string, bestRate: string) =>
      `Lägst andel inlämnade har ${worst} (${worstRate}) och högst ${best} (${bestRate}).`,
    plannedYearsTitle: 'Planerade år',
    plannedYearsSummary: (year: number, count: string) =>
      `Flest skrivningar planerar åtgärder för ${year} (${count} skrivningar).`,
    plannedYearsEmpty: 'Inga skrivningar anger planerade år.',
  },

  matrix: {
    title: 'Matris',
    intro: 'Åtgärder (rader) mot nämnder (kolumner): vem som har ansvar och om skrivningen är inlämnad.',
    legend: 'H = huvudansvarig, D = delansvarig, ✓ = inlämnad, ✗ = saknas.',
    report: 'Delrapport',
    boardKind: 'Nämndtyp',
    measureColumn: 'Åtgärd',
    showing: (from: string, to: string, total: string, boards: string) =>
      `Visar åtgärd ${from}–${to} av ${total}, ${boards} nämnder.`,
    empty: 'Inga åtgärder matchar filtret.',
    tableLabel: 'Matris över åtgärder och nämnder',
    reportGroup: (title: string) => `Delrapport: ${title}`,
    recommendationGroup: (number: string, title: string) => `Rekommendation ${number} ${title}`,
    noRecommendation: 'Utan rekommendation',
  },

  gaps: {
    title: 'Luckor',
    intro: 'Nämnder som inte har lämnat någon skrivning, och åtgärder som en ansvarig nämnd inte har besvarat.',
    report: 'Delrapport',
    board: 'Nämnd',
    kind: 'Typ av lucka',
    role: 'Roll',
    kinds: {
      'no-statement': 'Ingen skrivning alls',
      'measure-not-addressed': 'Åtgärd inte besvarad',
    } as Record<'no-statement' | 'measure-not-addressed', string>,
    count: (count: string) => `${count} luckor`,
    countOne: '1 lucka',
    breakdown: (noStatement: string, notAddressed: string) =>
      `Varav ${noStatement} nämnder utan någon skrivning och ${notAddressed} obesvarade åtgärder.`,
    empty: 'Inga luckor matchar filtret.',
    wholeBoard: 'Hela nämnden',
    tableCaption: 'Luckor i omgången',
  },

  board: {
    title: 'Nämnd',
    kindAndAdministration: (kind: string, administration: string) => `${kind} · ${administration}`,
    responsibilities: 'Ansvar',
    responsibilitiesSummary: (lead: number, contributing: number) =>
      `Huvudansvar för ${lead} och delansvar för ${contributing} åtgärder.`,
    noResponsibilities: 'Nämnden har inget ansvar för någon åtgärd.',
    statementsByReport: 'Skrivningar per delrapport',
    plannedYears: (years: string) => `Planerade år: ${years}`,
    noPlannedYears: 'Inga planerade år angivna.',
    generalStatement: 'Generell skrivning',
    noGeneralStatement: 'Nämnden har inte lämnat någon generell skrivning.',
    gaps: 'Luckor',
    noGaps: 'Nämnden har inga luckor i omgången.',
    gapCount: (count: number) => (count === 1 ? '1 lucka i omgången.' : `${count} luckor i omgången.`),
    history: 'Historik',
    historySummary: (first: string, firstRate: string, last: string, lastRate: string) =>
      `Andelen inlämnade gick från ${firstRate} (${first}) till ${lastRate} (${last}).`,
    historySingle: (cycle: string, rate: string) => `Bara en omgång hittills: ${rate} inlämnade (${cycle}).`,
    historyEmpty: 'Ingen historik för nämnden ännu.',
    statementInCycle: 'Skrivning i omgången',
  },

  measure: {
    title: 'Åtgärd',
    description: 'Beskrivning',
    ongoingWork: 'Pågående arbete',
    noText: 'Ingen text.',
    responsibility: 'Ansvar',
    asWritten: 'Som det står i rapporten',
    asParsed: 'Tolkat till nämnder',
    noResponsibilities: 'Inga ansvariga nämnder har tolkats ur texten.',
    statements: (cycle: string) => `Skrivningar i ${cycle}`,
    history: 'Historik',
    historyEmpty: 'Ingen historik för åtgärden ännu.',
    recommendation: (number: string, title: string) => `Rekommendation ${number}: ${title}`,
    report: (title: string) => `Delrapport: ${title}`,
  },

  trend: {
    title: 'Trend',
    intro: 'Andel inlämnade skrivningar per uppföljningsomgång.',
    chartTitle: 'Andel inlämnade per omgång',
    summary: (first: string, firstRate: string, last: string, lastRate: string) =>
      `Andelen inlämnade gick från ${firstRate} (${first}) till ${lastRate} (${last}).`,
    single: (cycle: string, rate: string) => `Bara en omgång hittills: ${rate} inlämnade (${cycle}).`,
    empty: 'Det finns inga omgångar att visa ännu.',
  },

  notFound: {
    title: 'Sidan finns inte',
    body: 'Adressen leder inte till någon sida i Åtgärdskollen.',
    home: 'Till översikten',
  },
};

export type Dictionary = typeof sv;
