import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser } from '../auth/decorators/current-user.decorator.js';
import type { AuthUser } from '../auth/roles.js';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe.js';
import { OrganisationQueryDto } from '../organisations/dto/organisation.dto.js';
import { appendixDocx } from './appendix-document.js';
import { AppendixService } from './appendix.service.js';
import { toCsv } from './csv.js';
import { AppendixDto, AppendixQueryDto } from './dto/appendix.dto.js';
import { ExportsService, GAP_COLUMNS, gapValues } from './exports.service.js';
import { writeWorkbook } from './workbook.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `attachment` with an ASCII fallback name and the UTF-8 one (RFC 6266). */
function attachment(res: Response, type: string, filename: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
  // A fresh export every time: the numbers change as statements come in.
  res.setHeader('Cache-Control', 'no-store');
}

@ApiTags('exports')
@Controller()
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly appendix: AppendixService,
  ) {}

  @Get('cycles/:id/appendix')
  @ApiOkResponse({ type: AppendixDto, description: 'The compiled appendix as data (the print page renders it); submitted statements only' })
  @ApiNotFoundResponse({ description: 'Unknown cycle, board or report' })
  @ApiBadRequestResponse({ description: 'Malformed board or report' })
  appendixData(@Param('id', ParseIdPipe) id: number, @Query() query: AppendixQueryDto): Promise<AppendixDto> {
    return this.appendix.build(id, query);
  }

  @Get('cycles/:id/appendix.docx')
  @ApiProduces(DOCX)
  @ApiOkResponse({ description: 'The compiled appendix as Word: parts, a section per förvaltning, "Skrivning saknas." where nothing was delivered, page numbers "N (M)"' })
  @ApiNotFoundResponse({ description: 'Unknown cycle, board or report' })
  @ApiBadRequestResponse({ description: 'Malformed board or report' })
  async appendixWord(@Param('id', ParseIdPipe) id: number, @Query() query: AppendixQueryDto, @Res() res: Response): Promise<void> {
    const model = await this.appendix.build(id, query);
    const body = await appendixDocx(model);
    attachment(res, DOCX, `bilaga-${model.cycle.year}${query.board ? `-namnd-${query.board}` : ''}${query.report ? `-${query.report}` : ''}.docx`);
    res.send(body);
  }

  @Get('cycles/:id/export.xlsx')
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'Workbook: Sammanfattning, Nämnder, Åtgärder, Luckor, Skrivningar (drafts only for their own board and admins), Matris, Katalog; Skrivningar and Katalog are the templates of the spreadsheet import' })
  @ApiNotFoundResponse({ description: 'Unknown cycle' })
  async cycleWorkbook(@Param('id', ParseIdPipe) id: number, @Res() res: Response, @CurrentUser() user?: AuthUser): Promise<void> {
    const data = await this.exports.cycleData(id, user);
    attachment(res, XLSX, `atgardskollen-omgang-${data.coverage.cycle.year}-${id}.xlsx`);
    await writeWorkbook(res, this.exports.cycleSheets(data), { creator: 'Åtgärdskollen', created: data.exportedAt });
  }

  @Get('cycles/:id/gaps.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Every gap of the cycle as CSV: UTF-8 with BOM, ";" separated, CRLF (as Swedish Excel opens it)' })
  @ApiNotFoundResponse({ description: 'Unknown cycle' })
  async gapsCsv(@Param('id', ParseIdPipe) id: number, @Res() res: Response): Promise<void> {
    const gaps = await this.exports.gaps(id);
    attachment(res, 'text/csv; charset=utf-8', `atgardskollen-luckor-${id}.csv`);
    res.send(toCsv(GAP_COLUMNS.map((c) => c.header), gaps.map(gapValues)));
  }

  @Get('exports/cycles.xlsx')
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'Workbook across cycles: Omgångar, Andel per nämnd och år, Nämnder per omgång, Åtgärder per omgång' })
  @ApiNotFoundResponse({ description: 'organisation_not_found: no organisation with that slug' })
  async acrossCycles(@Query() query: OrganisationQueryDto, @Res() res: Response): Promise<void> {
    const data = await this.exports.acrossCycles(query.organisation);
    attachment(res, XLSX, 'atgardskollen-omgangar.xlsx');
    await writeWorkbook(res, this.exports.acrossCyclesSheets(data), { creator: 'Åtgärdskollen', created: data.exportedAt });
  }
}
