import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { RemissCompilationDto } from '../remisser/dto/compilation.dto.js';
import type { AppendixDto } from './dto/appendix.dto.js';

/**
 * The appendix as a Word document (the `docx` library, pure JavaScript: no external binary). The
 * one place that knows the library. The text is written as the 2016 appendix writes it — part
 * headings, a section heading per förvaltning, "Rapport: …", "6.3.1 Åtgärd: title" with the number
 * first, "Svar:" / "Kommentar:" / "Pågående arbete:" before the parts — so the appendix importer
 * reads a generated document back.
 */
export const MISSING_TEXT = 'Skrivning saknas.';

const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);

function labelled(label: string | null, text: string): Paragraph[] {
  return paragraphsOf(text).map(
    (p, i) =>
      new Paragraph({
        spacing: { after: 160 },
        children: i === 0 && label ? [new TextRun({ text: `${label}: `, bold: true }), new TextRun(p)] : [new TextRun(p)],
      }),
  );
}

export function appendixParagraphs(model: AppendixDto): Paragraph[] {
  const out: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.cycle.name)] })];
  let firstSection = true;
  for (const part of model.parts) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: !firstSection, children: [new TextRun(part.title)] }));
    for (const section of part.sections) {
      // Each förvaltning on a page of its own, as in the original (but the first follows its part heading).
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, pageBreakBefore: !firstSection && section !== part.sections[0], children: [new TextRun(section.heading)] }));
      firstSection = false;
      if (section.missing) {
        out.push(new Paragraph({ children: [new TextRun(MISSING_TEXT)] }));
        continue;
      }
      for (const p of section.general) out.push(...labelled(p.label, p.text));
      for (const r of section.reports) {
        out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(`Rapport: ${r.report.title}`)] }));
        for (const m of r.measures) {
          const heading = () =>
            new Paragraph({ heading: HeadingLevel.HEADING_4, keepNext: true, children: [new TextRun(`${m.measure.number} Åtgärd: ${m.measure.title}`)] });
          // The measure as the 2016 appendix quotes it: heading and "Ansvarig:" (the importer reads
          // the responsibility from it). Under a heading the importer takes unlabelled text after a
          // label, or before one, as part of the quote, so a statement that starts unlabelled gets
          // the heading again before it.
          out.push(heading());
          if (m.measure.responsibility) out.push(...labelled('Ansvarig', m.measure.responsibility));
          if (m.measure.responsibility && m.parts[0]?.label === null) out.push(heading());
          const lead = m.parts.findIndex((p) => p.label !== null);
          if (lead > 0) {
            for (const p of m.parts.slice(0, lead)) out.push(...labelled(p.label, p.text));
            out.push(heading());
          }
          for (const p of lead > 0 ? m.parts.slice(lead) : m.parts) out.push(...labelled(p.label, p.text));
        }
      }
    }
  }
  return out;
}

/** A Word document with page numbers "N (M)" in the footer: the one page setup of every generated document. */
async function wordDocument(meta: { title: string; description: string }, children: Paragraph[]): Promise<Buffer> {
  const doc = new Document({
    creator: 'Åtgärdskollen',
    title: meta.title,
    description: meta.description,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [PageNumber.CURRENT, ' (', PageNumber.TOTAL_PAGES, ')'] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The .docx bytes, with page numbers "N (M)" in the footer as in the 2016 appendix. */
export function appendixDocx(model: AppendixDto): Promise<Buffer> {
  return wordDocument({ title: `Bilaga: ${model.cycle.name}`, description: 'Sammanställning av förvaltningarnas skrivningar' }, appendixParagraphs(model));
}

/**
 * The remissammanställning in the same form: the remiss, then per recipient a heading, "Ståndpunkt:",
 * the date and the summary, and under "Har inte svarat" those without a submitted answer.
 */
export function compilationParagraphs(model: RemissCompilationDto): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`Remissammanställning: ${model.remiss.title}`)] }),
    ...labelled('Diarienummer', model.remiss.caseNumber ?? '–'),
    ...labelled('Avsändare', model.remiss.sender),
    ...labelled('Sista svarsdatum', model.remiss.answerBy ?? '–'),
    ...labelled('Svar', `${model.totals.answered} av ${model.totals.recipients} remissinstanser (${model.totals.late} sena)`),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Inkomna svar')] }),
  ];
  for (const a of model.answers) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(a.recipient)] }));
    out.push(...labelled('Ståndpunkt', a.positionLabel));
    out.push(...labelled('Datum', `${a.answeredOn ?? 'okänt'}${a.late ? ' (efter sista svarsdatum)' : ''}`));
    if (a.signedBy.length > 0) out.push(...labelled('Undertecknat av', a.signedBy.join(', ')));
    out.push(...labelled('Sammanfattning', a.summary || '–'));
  }
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Har inte svarat')] }));
  if (model.notAnswered.length === 0) out.push(new Paragraph({ children: [new TextRun('Alla remissinstanser har svarat.')] }));
  for (const n of model.notAnswered) out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(`${n.recipient}${n.overdue ? ' (sista svarsdatum passerat)' : ''}`)] }));
  return out;
}

export function compilationDocx(model: RemissCompilationDto): Promise<Buffer> {
  return wordDocument({ title: `Remissammanställning: ${model.remiss.title}`, description: 'Sammanställning av remissvaren' }, compilationParagraphs(model));
}
