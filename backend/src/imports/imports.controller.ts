import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser } from '../auth/decorators/current-user.decorator.js';
import { Roles } from '../auth/decorators/roles.decorator.js';
import type { AuthUser } from '../auth/roles.js';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe.js';
import { ImportBatchDto, ImportQueryDto } from './dto/import.dto.js';
import { ImportUploadInterceptor, MAX_IMPORT_MB } from './import-upload.interceptor.js';
import { ImportsService, type UploadedSpreadsheet } from './imports.service.js';

/** The multipart routes, for `jsonOnlyWrites` (paths below /api). */
export const IMPORT_UPLOAD_PATHS = [/^\/cycles\/[^/]+\/imports\/?$/];

@ApiTags('imports')
@Controller()
@ApiUnauthorizedResponse({ description: 'Not signed in' })
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post('cycles/:id/imports')
  @Roles('admin', 'editor')
  @UseInterceptors(ImportUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: `.xlsx (the export's Skrivningar or, with kind=catalogue, Katalog sheet) or UTF-8 CSV with the same columns; at most ${MAX_IMPORT_MB} MB` },
      },
    },
  })
  @ApiCreatedResponse({ type: ImportBatchDto, description: 'The preview: per row create | update | unchanged | error; nothing is written yet' })
  @ApiForbiddenResponse({ description: 'An analyst; an editor importing the catalogue' })
  @ApiNotFoundResponse({ description: 'Unknown cycle' })
  @ApiConflictResponse({ description: 'cycle_closed, or cycle_not_open for an editor' })
  @ApiPayloadTooLargeResponse({ description: `payload_too_large: the file is over ${MAX_IMPORT_MB} MB (limitBytes)` })
  @ApiUnprocessableEntityResponse({ description: 'import_file_invalid: not a spreadsheet, not UTF-8, wrong or missing columns, no rows (problem)' })
  preview(
    @Param('id', ParseIdPipe) id: number,
    @Query() query: ImportQueryDto,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<ImportBatchDto> {
    return this.imports.preview(id, file, user, query.kind);
  }

  @Get('imports/:id')
  @Roles('admin', 'editor')
  @ApiOkResponse({ type: ImportBatchDto, description: 'The preview again (or what was applied)' })
  @ApiNotFoundResponse({ description: 'No import with that id uploaded by this account' })
  get(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthUser): Promise<ImportBatchDto> {
    return this.imports.get(id, user);
  }

  @Post('imports/:id/apply')
  @Roles('admin', 'editor')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ImportBatchDto, description: 'Applied: every create and update written in one transaction, each audited' })
  @ApiNotFoundResponse({ description: 'No import with that id uploaded by this account' })
  @ApiConflictResponse({ description: 'import_applied (once only), cycle_closed, cycle_not_open, or version_conflict / statement_exists with the row' })
  @ApiUnprocessableEntityResponse({ description: 'import_has_errors: fix the rows in the file and upload it again' })
  @ApiGoneResponse({ description: 'import_expired' })
  apply(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthUser): Promise<ImportBatchDto> {
    return this.imports.apply(id, user);
  }
}
