/**
 * The remiss parser: pure, text in, what the document says out (names as written, every doubtful
 * reading a warning with its line). Two shapes:
 *  - a sending decision (protocol extract: "§ 141 …", the case number, "Beslut", "sista svarsdatum …",
 *    "Beslutet skickas till" and its list), seed 003;
 *  - an answer (tjänsteutlåtande / svar): "Svar på remiss från X, KS 2025/216", the answering body,
 *    the other remissinstanser in prose, the deadline, the sections, the position and the signatories,
 *    seeds 000, 001 and 002.
 */
import {
  capitalise,
  CASE_NUMBER,
  findInParagraphs,
  lineAt,
  parseSwedishDate,
  splitNameList,
  SWEDISH_DATE,
  toLines,
  toParagraphs,
  type Line,
  type Paragraph,
} from './remiss-text.js';
import {
  RemissParseError,
  type AnswerPart,
  type AnswerPartKind,
  type DecidedHow,
  type ParsedAnswer,
  type ParsedRemiss,
  type ParsedRemissDocument,
  type ParseWarning,
  type RecipientMention,
  type RemissDocumentKind,
  type RemissPosition,
} from './types.js';

/** Kinds of remiss a title names, in the order they are looked for. */
export const REMISS_KINDS = ['motion', 'rekommendation', 'strategi', 'förslag', 'program', 'plan', 'policy', 'riktlinjer', 'utredning', 'betänkande', 'promemoria', 'handlingsplan'];

/** Lines of a "Beslutet skickas till" list that only distribute the decision. */
const DISTRIBUTION_ONLY = /handläggare|för kännedom|för information|akten|diariet|registrator/i;

const HEADINGS: [RegExp, AnswerPartKind][] = [
  [/^(förvaltningens |stadsdelsförvaltningens )?förslag till beslut$/i, 'forslag-till-beslut'],
  [/^sammanfattning$/i, 'sammanfattning'],
  [/^bakgrund$/i, 'bakgrund'],
  [/^ärendet$/i, 'arendet'],
  [/^ärendets beredning$/i, 'beredning'],
  [/^(förvaltningens )?synpunkter( och förslag)?$/i, 'synpunkter'],
  [/^barnkonsekvensanalys$/i, 'barnkonsekvensanalys'],
  [/^jämställdhetsanalys$/i, 'jamstalldhetsanalys'],
];
/** Headings that end the answer's body (attachments, the digital approval table). */
const END_HEADINGS = /^(bilagor|bilaga|attesterat av)$/i;

/** Position phrases; `strong` ones name the position outright, the others are read as it (with a warning). */
const POSITIONS: { re: RegExp; position: RemissPosition; strong: boolean }[] = [
  { re: /tillstyrker\s+(delvis|med\s+(invändningar|reservationer?))|delvis\s+positiv/i, position: 'partly-supports', strong: true },
  { re: /avstyrker/i, position: 'opposes', strong: true },
  { re: /avstår\s+från\s+att\s+(yttra|svara|lämna)/i, position: 'declined', strong: true },
  { re: /(?<!andra\s)\binga\s+synpunkter|inget\s+att\s+(invända|erinra)/i, position: 'no-comments', strong: true },
  { re: /tillstyrker|ställer\s+sig\s+(positiv|bakom)|ställer\s+sig\s+positiva/i, position: 'supports', strong: true },
  { re: /ser\s+(mycket\s+)?positivt\s+på|är\s+positiv\s+till/i, position: 'supports', strong: false },
];

const TITLE_WORD = /(direktör|chef|rektor|sekreterare|ordförande|handläggare|strateg|utredare|controller)$/i;

export function detectKind(text: string): RemissDocumentKind | null {
  if (/^\s*Beslutet skickas till\s*$/im.test(text)) return 'decision';
  if (/svar på remiss|svar angående|som svar på remissen|remissvar|yttrande över/i.test(text)) return 'answer';
  return null;
}

/** Reads one remiss document; `kind` overrides recognition. Throws `RemissParseError` for what it cannot read. */
export function parseRemissDocument(text: string, kind?: RemissDocumentKind): ParsedRemissDocument {
  if (text.trim() === '') throw new RemissParseError('Dokumentet är tomt');
  const detected = detectKind(text);
  const actual = kind ?? detected;
  if (!actual) {
    throw new RemissParseError(
      'Okänt dokument: varken ett utskicksbeslut ("Beslutet skickas till") eller ett remissvar ("Svar på remiss", "Svar angående", "som svar på remissen"); ange --kind om det är ett av dem',
    );
  }
  return actual === 'decision' ? parseDecision(text) : parseAnswer(text);
}

function firstCaseNumber(lines: Line[]): { value: string; line: number } | null {
  for (const l of lines) {
    const m = CASE_NUMBER.exec(l.text);
    if (m) return { value: m[1], line: l.no };
  }
  return null;
}

function kindOf(...texts: (string | null)[]): string | null {
  for (const t of texts) {
    if (!t) continue;
    const lower = t.toLowerCase();
    let best: { kind: string; at: number } | null = null;
    for (const k of REMISS_KINDS) {
      const at = lower.search(new RegExp(`(^|[\\s-])${k}`));
      if (at >= 0 && (!best || at < best.at)) best = { kind: k, at };
    }
    if (best) return best.kind;
  }
  return null;
}

function deadline(paragraphs: Paragraph[], fallbackYear: number | undefined, warnings: ParseWarning[]): string | null {
  const found = findInParagraphs(
    paragraphs,
    new RegExp(`(remisstiden[^.]*?\\btill|sista\\s+svarsdag(?:en)?|sista\\s+svarsdatum|svar\\s+senast|senast)\\s+(?:den\\s+)?(${SWEDISH_DATE})`, 'i'),
  );
  if (!found) {
    warnings.push({ line: 1, code: 'no-deadline', message: 'Inget sista svarsdatum hittades ("Remisstiden sträcker sig till …", "sista svarsdatum …", "senast …")' });
    return null;
  }
  const parsed = parseSwedishDate(found.match[2], fallbackYear);
  if (!parsed) {
    warnings.push({ line: found.line, code: 'deadline-unreadable', message: `Svarsdatumet "${found.match[2]}" saknar år och inget annat datum i dokumentet anger det` });
    return null;
  }
  if (parsed.yearGuessed) {
    warnings.push({ line: found.line, code: 'deadline-year-guessed', message: `Svarsdatumet "${found.match[2]}" saknar år; ${parsed.date.slice(0, 4)} antogs från dokumentets övriga datum` });
  }
  return parsed.date;
}

// ─── the sending decision ─────────────────────────────────────────────────────────────────────────

function parseDecision(text: string): ParsedRemissDocument {
  const lines = toLines(text);
  const paragraphs = toParagraphs(lines);
  const warnings: ParseWarning[] = [];

  const section = lines.find((l) => /^§\s*\d+\s+\S/.test(l.text.trim()));
  if (!section) throw new RemissParseError('Utskicksbeslutet saknar en paragraf ("§ 141 Rubrik")');
  const [, paragraph, rawTitle] = /^§\s*(\d+)\s+(.+)$/.exec(section.text.trim())!;
  const title = rawTitle.replace(/;\s*nu fråga om remiss\s*$/i, '').trim();

  const caseNumber = firstCaseNumber(lines.filter((l) => l.no > section.no)) ?? firstCaseNumber(lines);
  if (!caseNumber) warnings.push({ line: section.no, code: 'no-case-number', message: 'Inget diarienummer hittades' });

  const meeting = lines.find((l) => /sammanträdes(tid|datum)/i.test(l.text) && /\d{4}-\d{2}-\d{2}/.test(l.text));
  const decidedOn = meeting ? parseSwedishDate(meeting.text)?.date ?? null : null;
  if (!decidedOn) warnings.push({ line: 1, code: 'no-decision-date', message: 'Inget sammanträdesdatum hittades ("Sammanträdestid 2025-03-24")' });

  // Who decides: the first "X beslutar" under the heading "Beslut" (the summary above may name other deciders).
  const decisionAt = lines.findIndex((l) => /^\s*Beslut\s*$/.test(l.text));
  const decides = findInParagraphs(toParagraphs(lines.slice(decisionAt + 1)), /^((?:\S+\s+){0,5}?\S+)\s+beslutar\b/);
  const sender = decides ? { text: decides.match[1].trim(), line: decides.line } : null;
  if (!sender) warnings.push({ line: section.no, code: 'no-sender', message: 'Vem som beslutar ("… beslutar") hittades inte' });

  const sends = findInParagraphs(paragraphs, /skickar\b.*?\bpå remiss\b/i);
  const kind = kindOf(sends?.match[0] ?? null, title);
  if (!kind) warnings.push({ line: section.no, code: 'no-kind', message: `Remissens slag (motion, förslag, strategi …) framgår inte av "${title}"` });

  const answerBy = deadline(paragraphs, decidedOn ? Number(decidedOn.slice(0, 4)) : undefined, warnings);

  const listStart = lines.findIndex((l) => /^\s*Beslutet skickas till\s*$/i.test(l.text));
  const recipients: RecipientMention[] = [];
  const distributionOnly: { text: string; line: number }[] = [];
  for (const l of lines.slice(listStart + 1)) {
    const t = l.text.trim().replace(/^[-•*]\s*/, '');
    if (t === '') continue;
    if (/^(beslutsunderlag|justerandes signatur|utdragsbestyrkande|reservation|särskilt yttrande)\b/i.test(t)) break;
    if (DISTRIBUTION_ONLY.test(t)) distributionOnly.push({ text: t, line: l.no });
    else recipients.push({ text: t, line: l.no, others: false });
  }
  if (recipients.length === 0) throw new RemissParseError('Listan "Beslutet skickas till" är tom', lines[listStart].no);

  const remiss: ParsedRemiss = { caseNumber: caseNumber?.value ?? null, title, kind, sender, decidedOn, paragraph, answerBy };
  return { kind: 'decision', remiss, recipients, distributionOnly, answer: null, warnings };
}

// ─── an answer ────────────────────────────────────────────────────────────────────────────────────

interface Section {
  kind: AnswerPartKind;
  heading: string;
  line: number;
  lines: Line[];
}

function sections(lines: Line[]): { list: Section[]; end: number } {
  const list: Section[] = [];
  let end = lines.length;
  let current: Section | null = null;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (END_HEADINGS.test(t)) {
      end = i;
      break;
    }
    const heading = HEADINGS.find(([re]) => re.test(t));
    if (heading) {
      current = { kind: heading[1], heading: t, line: lines[i].no, lines: [] };
      list.push(current);
    } else if (current) {
      current.lines.push(lines[i]);
    }
  }
  return { list, end };
}

const partText = (s: Section): string =>
  toParagraphs(s.lines)
    .map((p) => p.text)
    .join('\n\n');

/** Name lines followed by title lines ("Alexandra Wynn" / "Stadsdelsdirektör"), several on a line or not. */
function signatories(lines: Line[], warnings: ParseWarning[]): { names: string[]; firstLine: number | null } {
  const names: string[] = [];
  let firstLine: number | null = null;
  const isName = (t: string) => /^[A-ZÅÄÖÉ][\p{L}-]+(\s+[A-ZÅÄÖÉ][\p{L}-]+){1,7}$/u.test(t) && !/[.,:;]/.test(t) && !TITLE_WORD.test(t.split(/\s+/)[0]);
  const titles = (t: string): string[] | null => {
    const chunks = t.split(/\s{2,}/).map((c) => c.trim()).filter(Boolean);
    if (chunks.length > 1 && chunks.every((c) => c.split(/\s+/).some((w) => TITLE_WORD.test(w)))) return chunks;
    const words = t.split(/\s+/);
    if (words.length > 1 && words.every((w) => TITLE_WORD.test(w))) return words;
    return t.split(/\s+/).length <= 6 && t.split(/\s+/).some((w) => TITLE_WORD.test(w)) ? [t] : null;
  };
  for (let i = 1; i < lines.length; i++) {
    const t = lines[i].text.trim();
    const previous = lines[i - 1].text.trim();
    const roles = titles(t);
    if (!roles || !isName(previous)) continue;
    firstLine ??= lines[i - 1].no;
    if (roles.length === 1) {
      names.push(previous);
      continue;
    }
    const chunks = previous.split(/\s{2,}/);
    if (chunks.length === roles.length) {
      names.push(...chunks.map((c) => c.trim()));
      continue;
    }
    // Several names on one line with single spaces: split evenly by words, which may be wrong.
    const words = previous.split(/\s+/);
    if (words.length % roles.length === 0) {
      const per = words.length / roles.length;
      for (let k = 0; k < roles.length; k++) names.push(words.slice(k * per, (k + 1) * per).join(' '));
      warnings.push({
        line: lines[i - 1].no,
        code: 'signatories-split',
        message: `"${previous}" har delats i ${roles.length} namn med lika många ord (${names.slice(-roles.length).join('; ')}); kontrollera`,
      });
    } else {
      names.push(previous);
      warnings.push({ line: lines[i - 1].no, code: 'signatories-unsplit', message: `"${previous}" kunde inte delas i ${roles.length} namn` });
    }
  }
  return { names: [...new Set(names)], firstLine };
}

function position(secs: Section[], paragraphs: Paragraph[], warnings: ParseWarning[]): { position: RemissPosition | null; evidence: { text: string; line: number } | null } {
  // The proposal decides; then the summary, the administration's views, anything.
  const order: AnswerPartKind[] = ['forslag-till-beslut', 'sammanfattning', 'synpunkter'];
  const places: Paragraph[][] = [
    ...order.map((k) => secs.filter((s) => s.kind === k).flatMap((s) => toParagraphs(s.lines))),
    paragraphs,
  ];
  for (const place of places) {
    for (const p of place) {
      for (const candidate of POSITIONS) {
        const m = candidate.re.exec(p.text);
        if (!m) continue;
        const line = lineAt(p, m.index);
        const sentence = p.text.slice(Math.max(0, p.text.lastIndexOf('.', m.index) + 1), p.text.indexOf('.', m.index) + 1 || undefined).trim();
        if (!candidate.strong) {
          warnings.push({ line, code: 'position-read', message: `Ståndpunkten tolkades som "${candidate.position}" av "${m[0]}"; dokumentet säger inte tillstyrker/avstyrker` });
        }
        return { position: candidate.position, evidence: { text: sentence, line } };
      }
    }
  }
  warnings.push({ line: 1, code: 'no-position', message: 'Ingen ståndpunkt hittades (tillstyrker, avstyrker, inga synpunkter …)' });
  return { position: null, evidence: null };
}

function parseAnswer(text: string): ParsedRemissDocument {
  const lines = toLines(text);
  const { list: secs, end } = sections(lines);
  const body = lines.slice(0, end);
  const paragraphs = toParagraphs(body);
  const warnings: ParseWarning[] = [];

  const caseNumber = firstCaseNumber(body);

  // The sender: "Svar på remiss från kommunstyrelsen", "har av kommunstyrelsen tillsänts", "KSLs styrelse beslutade".
  const from =
    findInParagraphs(paragraphs, /svar på remiss från\s+([\p{L}-]+(?:\s+[\p{Ll}-]+)*?)(?=,|\s+dnr|\s+[A-ZÅÄÖ]{2,6}[\s-]\d{4}|$)/iu) ??
    findInParagraphs(paragraphs, /har av\s+([\p{L}-]+(?:\s+[\p{Ll}-]+)*?)\s+tillsänts/iu) ??
    findInParagraphs(paragraphs, /^([\p{Lu}][\p{L}-]+?)s\s+styrelse\s+beslutade/u);
  const sender = from ? { text: capitalise(from.match[1].trim()), line: from.line } : null;
  if (!sender) warnings.push({ line: 1, code: 'no-sender', message: 'Avsändaren ("Svar på remiss från …") hittades inte' });

  // The title: "Remiss - X", "Svar angående: X", "har remitterat X till", "tillsänts en motion …".
  const titled =
    findInParagraphs(paragraphs, /^Remiss\s+[-–]\s+(.+)$/) ??
    findInParagraphs(paragraphs, /^Svar angående:\s*(.+)$/) ??
    findInParagraphs(paragraphs, /har remitterat\s+(.+?)\s+till\s+[\p{Lu}]/u);
  const title = titled ? titled.match[1].trim().replace(/[.\s]+$/, '') : null;
  if (!title) warnings.push({ line: 1, code: 'no-title', message: 'Remissens rubrik hittades inte' });
  const kind = kindOf(title);
  if (title && !kind) warnings.push({ line: titled!.line, code: 'no-kind', message: `Remissens slag (motion, förslag, strategi …) framgår inte av "${title}"` });

  // When: the date of the tjänsteutlåtande near the top; decided: the sender's meeting when named.
  const dated = body.slice(0, 20).find((l) => /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(l.text));
  const answeredOn = dated ? parseSwedishDate(dated.text)?.date ?? null : null;
  if (!answeredOn) warnings.push({ line: 1, code: 'no-answer-date', message: 'Svarets datum står inte i dokumentet' });
  const meeting = findInParagraphs(paragraphs, /beslutade vid sitt sammanträde\s+(\d{4}-\d{2}-\d{2})/i);
  const decidedOn = meeting ? parseSwedishDate(meeting.match[1])?.date ?? null : null;
  const yearHint = Number((answeredOn ?? decidedOn ?? '').slice(0, 4)) || (caseNumber ? Number(/\d{4}/.exec(caseNumber.value)![0]) : undefined);
  const answerBy = deadline(paragraphs, yearHint, warnings);

  // Who answers: "Till\nSödermalms stadsdelsnämnd", else the subject of the proposal.
  const to = body.findIndex((l) => /^\s*Till\s*$/.test(l.text));
  const addressed = to >= 0 ? body.slice(to + 1).find((l) => l.text.trim() !== '') : undefined;
  const proposal = secs.find((s) => s.kind === 'forslag-till-beslut');
  const proposalParagraph = proposal ? toParagraphs(proposal.lines)[0] : undefined;
  const subject = proposalParagraph ? /^(.+?)\s+(?:beslutar|överlämnar|tillstyrker|avstyrker|föreslår|ställer)\b/.exec(proposalParagraph.text) : null;
  const answeredBy = addressed
    ? { text: addressed.text.trim(), line: addressed.no }
    : subject
      ? { text: subject[1].trim(), line: proposalParagraph!.starts[0].no }
      : null;
  if (!answeredBy) warnings.push({ line: 1, code: 'no-recipient', message: 'Vilken remissinstans som svarar framgår inte' });
  const forOrganisation = /besked om\s+[\p{Lu}][\p{L}-]*\s+kommuns\s+ställningstagande/u.test(paragraphs.map((p) => p.text).join(' '));

  // The other remissinstanser, in prose.
  const recipients: RecipientMention[] = [];
  const mention = (names: string, p: Paragraph, offset: number) => {
    for (const name of splitNameList(names)) {
      const others = /^(de\s+)?övriga\s+/i.test(name);
      recipients.push({ text: name.replace(/^(de\s+)?övriga\s+/i, ''), line: lineAt(p, offset), others });
    }
  };
  const besides = findInParagraphs(paragraphs, /förutom till\s+(.+?),\s+även remitterats till\s+(.+?)\./i);
  if (besides) {
    mention(besides.match[1], besides.paragraph, besides.match.index);
    mention(besides.match[2], besides.paragraph, besides.match.index + besides.match[0].indexOf(besides.match[2]));
  }
  const remitted = findInParagraphs(paragraphs, /har remitterat\s+.+?\s+till\s+(.+?)\.\s+Övriga remissinstanser (?:är|var)\s+(.+?)\./i);
  if (remitted) {
    mention(remitted.match[1], remitted.paragraph, remitted.match.index);
    mention(remitted.match[2], remitted.paragraph, remitted.match.index + remitted.match[0].indexOf(remitted.match[2]));
  } else {
    const others = findInParagraphs(paragraphs, /Övriga remissinstanser (?:är|var)\s+(.+?)\./i);
    if (others) mention(others.match[1], others.paragraph, others.match.index);
  }
  if (answeredBy && !recipients.some((r) => r.text.toLowerCase() === answeredBy.text.toLowerCase())) {
    recipients.unshift({ text: answeredBy.text, line: answeredBy.line, others: false });
  }

  const signed = signatories(lines.slice(0, end), warnings);
  if (signed.names.length === 0) warnings.push({ line: end, code: 'no-signatories', message: 'Inga undertecknare hittades' });
  // The sections end where the signatures begin.
  const beforeSignatures = (s: Section): Section => ({ ...s, lines: s.lines.filter((l) => signed.firstLine === null || l.no < signed.firstLine) });
  const parts: AnswerPart[] = secs.map((s) => ({ kind: s.kind, heading: s.heading, text: partText(beforeSignatures(s)) })).filter((p) => p.text !== '');
  const summaryPart = parts.find((p) => p.kind === 'sammanfattning') ?? parts.find((p) => p.kind === 'forslag-till-beslut');
  const summary = (summaryPart?.text ?? '').slice(0, 5000);
  const { position: pos, evidence } = position(secs, paragraphs, warnings);

  const proposalText = proposal ? partText(proposal) : '';
  const decidedHow: DecidedHow | null = /på delegation|delegationsbeslut/i.test(text)
    ? 'delegation'
    : /gemensamt yttrande|gemensamt svar/i.test(text)
      ? 'joint'
      : /nämnd(en)?\s+(beslutar|överlämnar)/i.test(proposalText)
        ? 'board'
        : null;

  const answer: ParsedAnswer = {
    answeredBy,
    forOrganisation,
    answeredOn,
    position: pos,
    positionEvidence: evidence,
    summary,
    parts,
    signatories: signed.names,
    decidedHow,
  };
  const remiss: ParsedRemiss = { caseNumber: caseNumber?.value ?? null, title, kind, sender, decidedOn, paragraph: null, answerBy };
  if (!caseNumber && !title) throw new RemissParseError('Remissvaret anger varken diarienummer eller rubrik: det går inte att veta vilken remiss det svarar på');
  return { kind: 'answer', remiss, recipients, distributionOnly: [], answer, warnings };
}
