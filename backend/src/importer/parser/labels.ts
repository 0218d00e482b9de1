export type Label = 'ansvarig' | 'pagaende' | 'beskrivning' | 'kommentar' | 'svar' | 'hantering';

export interface LabelledChunk {
  /** null: text before the first label */
  label: Label | null;
  text: string;
}

const LABELS: Record<string, Label> = {
  ansvarig: 'ansvarig',
  'pågående arbete': 'pagaende',
  beskrivning: 'beskrivning',
  kommentar: 'kommentar',
  svar: 'svar',
  hantering: 'hantering',
};

// A label opens the text or follows the end of a sentence ("… (TCC). Ansvarig: …").
const LABEL_RE = /(^|[.!?:”")]\s+)(Ansvarig|Pågående arbete|Beskrivning|Kommentar|Svar|Hantering)\s*:\s*/g;

/**
 * Splits a paragraph at its labels ("Svar:", "Hantering:", "Kommentar:", "Pågående arbete:",
 * "Ansvarig:", "Beskrivning:"), also where the PDF ran two of them into one line.
 */
export function splitLabels(text: string): LabelledChunk[] {
  const out: LabelledChunk[] = [];
  let label: Label | null = null;
  let start = 0;
  let m: RegExpExecArray | null;
  LABEL_RE.lastIndex = 0;
  while ((m = LABEL_RE.exec(text))) {
    const before = text.slice(start, m.index + m[1].length).trim();
    if (before || label) out.push({ label, text: before });
    label = LABELS[m[2].toLowerCase()];
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest || label) out.push({ label, text: rest });
  return out.filter((c) => c.text || c.label);
}
