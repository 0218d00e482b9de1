import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/roles.js';
import { slugify } from '../common/slug.js';
import { compilationDocx } from '../exports/appendix-document.js';
import type { RemissCompilationDto } from './dto/compilation.dto.js';
import type { RemissPosition } from './parser/types.js';
import { RemisserService } from './remisser.service.js';

/** How the remissammanställning says a position. */
export const POSITION_LABELS: Record<RemissPosition, string> = {
  supports: 'Tillstyrker',
  'partly-supports': 'Tillstyrker delvis',
  opposes: 'Avstyrker',
  'no-comments': 'Inga synpunkter',
  declined: 'Avstår',
};

/** Remissammanställning: the compiled answers, from the same read as the Remiss page (public view: submitted answers only). */
@Injectable()
export class RemissCompilationService {
  constructor(private readonly remisser: RemisserService) {}

  async compile(id: number, viewer?: AuthUser): Promise<RemissCompilationDto> {
    // Drafts never reach a compilation, whoever asks: it is the document the sender decides on.
    const remiss = await this.remisser.get(id, viewer);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    return {
      remiss: { id: remiss.id, caseNumber: remiss.caseNumber, title: remiss.title, sender: remiss.sender.name, answerBy: remiss.answerBy, organisation: remiss.organisation.name },
      totals: remiss.counts,
      answers: remiss.recipients
        .filter((r) => r.answer?.state === 'submitted')
        .map((r) => ({
          answerId: r.answer!.id,
          recipient: r.name,
          position: r.answer!.position,
          positionLabel: r.answer!.position === null ? 'Ståndpunkt framgår inte' : POSITION_LABELS[r.answer!.position],
          answeredOn: r.answer!.answeredOn,
          late: r.answer!.late,
          summary: r.answer!.summary,
          signedBy: r.answer!.signedBy,
        })),
      notAnswered: remiss.recipients
        .filter((r) => r.answer?.state !== 'submitted')
        .map((r) => ({ recipient: r.name, overdue: remiss.answerBy !== null && today > remiss.answerBy })),
    };
  }

  async docx(id: number, viewer?: AuthUser): Promise<{ buffer: Buffer; fileName: string }> {
    const model = await this.compile(id, viewer);
    return { buffer: await compilationDocx(model), fileName: `remissammanstallning-${slugify(model.remiss.caseNumber ?? model.remiss.title).slice(0, 60)}.docx` };
  }
}
