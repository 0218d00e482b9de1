import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditEventDto } from '../audit/dto/audit-event.dto.js';
import { CurrentUser } from '../auth/decorators/current-user.decorator.js';
import { AdminOnly, Roles } from '../auth/decorators/roles.decorator.js';
import type { AuthUser } from '../auth/roles.js';
import { ApiPageResponse, PageContext, sendPage, type PageContextValue } from '../common/pagination.js';
import { VersionDto } from '../statements/dto/write-statement.dto.js';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe.js';
import { OrganisationPageQueryDto } from '../organisations/dto/organisation.dto.js';
import { RemissCompilationDto } from './dto/compilation.dto.js';
import { RemissImportSummaryDto } from './dto/import-summary.dto.js';
import {
  ExternalBodyDto,
  ListRemisserQueryDto,
  OverdueDto,
  RecipientFollowUpDto,
  RecipientFollowUpQueryDto,
  RemissAnswerDto,
  RemissDetailDto,
  RemissFollowUpDto,
  RemissListItemDto,
  TodoRemissDto,
} from './dto/remiss.dto.js';
import {
  AddRecipientDto,
  AnswerContentDto,
  CreateExternalBodyDto,
  CreateRemissDto,
  ImportRemissDto,
  UpdateAnswerDto,
  UpdateRemissDto,
  VersionQueryDto,
} from './dto/write-remiss.dto.js';
import { RemissCompilationService } from './remiss-compilation.service.js';
import { RemissWritesService } from './remiss-writes.service.js';
import { RemisserService } from './remisser.service.js';

@ApiTags('remisser')
@Controller()
@ApiUnauthorizedResponse({ description: 'Not signed in (writes; reads too when PUBLIC_READ=false)' })
export class RemisserController {
  constructor(
    private readonly remisser: RemisserService,
    private readonly writes: RemissWritesService,
    private readonly compilation: RemissCompilationService,
  ) {}

  @Get('remisser')
  @ApiPageResponse(RemissListItemDto, 'Remisser with answered / late / missing counts, nearest last answer date first; drafts only to their organisation\'s admins')
  @ApiNotFoundResponse({ description: 'Unknown organisation slug' })
  @ApiBadRequestResponse({ description: 'Malformed filter' })
  async list(@Query() q: ListRemisserQueryDto, @PageContext() page: PageContextValue, @CurrentUser() user?: AuthUser): Promise<RemissListItemDto[]> {
    return sendPage(page.req, page.res, await this.remisser.list(q, user));
  }

  @Get('remisser/overdue')
  @ApiPageResponse(OverdueDto, 'Recipients of sent remisser past the last answer date without a submitted answer, oldest date first')
  @ApiNotFoundResponse({ description: 'Unknown organisation slug' })
  async overdue(@Query() q: OrganisationPageQueryDto, @PageContext() page: PageContextValue): Promise<OverdueDto[]> {
    return sendPage(page.req, page.res, await this.remisser.overdue(q));
  }

  @Get('remisser/recipients')
  @ApiPageResponse(RecipientFollowUpDto, 'Per recipient across remisser: answered, late, missing, answer rate, days late')
  @ApiNotFoundResponse({ description: 'Unknown organisation slug' })
  async recipients(@Query() q: RecipientFollowUpQueryDto, @PageContext() page: PageContextValue): Promise<RecipientFollowUpDto[]> {
    return sendPage(page.req, page.res, await this.remisser.recipientFollowUp(q));
  }

  @Post('remisser')
  @AdminOnly()
  @ApiCreatedResponse({ type: RemissDetailDto, description: 'A remiss (status draft unless given), version 1' })
  @ApiBadRequestResponse({ description: 'Invalid field (named in errors)' })
  @ApiForbiddenResponse({ description: 'Not an admin of that organisation' })
  @ApiNotFoundResponse({ description: 'Unknown organisation, sending board or external body' })
  @ApiConflictResponse({ description: 'The case number is taken in the organisation' })
  create(@Body() body: CreateRemissDto, @CurrentUser() user: AuthUser): Promise<RemissDetailDto> {
    return this.writes.create(body, user);
  }

  @Get('remisser/:id')
  @ApiOkResponse({ type: RemissDetailDto })
  @ApiNotFoundResponse({ description: 'No remiss with that id (or a draft the viewer may not see)' })
  get(@Param('id', ParseIdPipe) id: number, @CurrentUser() user?: AuthUser): Promise<RemissDetailDto> {
    return this.remisser.get(id, user);
  }

  @Put('remisser/:id')
  @AdminOnly()
  @ApiOkResponse({ type: RemissDetailDto, description: 'Updated, version + 1; status draft → sent → closed (or back)' })
  @ApiBadRequestResponse({ description: 'Invalid field (named in errors)' })
  @ApiForbiddenResponse({ description: 'Not an admin of the remiss\'s organisation' })
  @ApiNotFoundResponse({ description: 'No remiss with that id' })
  @ApiConflictResponse({ description: 'version_conflict (currentVersion), or the case number is taken' })
  update(@Param('id', ParseIdPipe) id: number, @Body() body: UpdateRemissDto, @CurrentUser() user: AuthUser): Promise<RemissDetailDto> {
    return this.writes.update(id, body, user);
  }

  @Get('remisser/:id/follow-up')
  @ApiOkResponse({ type: RemissFollowUpDto, description: 'Totals, positions and each recipient\'s status' })
  @ApiNotFoundResponse({ description: 'No remiss with that id' })
  followUp(@Param('id', ParseIdPipe) id: number, @CurrentUser() user?: AuthUser): Promise<RemissFollowUpDto> {
    return this.remisser.followUp(id, user);
  }

  @Get('remisser/:id/history')
  @ApiOkResponse({ type: [AuditEventDto], description: 'The remiss\'s audit trail (edits, recipients, status), oldest first' })
  @ApiNotFoundResponse({ description: 'No remiss with that id' })
  history(@Param('id', ParseIdPipe) id: number, @CurrentUser() user?: AuthUser): Promise<AuditEventDto[]> {
    return this.remisser.history(id, user);
  }

  @Get('remisser/:id/compilation')
  @ApiOkResponse({ type: RemissCompilationDto, description: 'Remissammanställning: per recipient its position and summary, and who did not answer' })
  @ApiNotFoundResponse({ description: 'No remiss with that id' })
  compiled(@Param('id', ParseIdPipe) id: number, @CurrentUser() user?: AuthUser): Promise<RemissCompilationDto> {
    return this.compilation.compile(id, user);
  }

  @Get('remisser/:id/compilation.docx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiOkResponse({ description: 'The remissammanställning as a Word document' })
  @ApiNotFoundResponse({ description: 'No remiss with that id' })
  async compiledDocx(@Param('id', ParseIdPipe) id: number, @Res({ passthrough: true }) res: Response, @CurrentUser() user?: AuthUser): Promise<StreamableFile> {
    const { buffer, fileName } = await this.compilation.docx(id, user);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    return new StreamableFile(buffer);
  }

  @Post('remisser/:id/recipients')
  @AdminOnly()
  @ApiCreatedResponse({ type: RemissDetailDto, description: 'The remiss with the recipient added, version + 1' })
  @ApiBadRequestResponse({ description: 'Invalid field (named in errors)' })
  @ApiForbiddenResponse({ description: 'Not an admin of the remiss\'s organisation' })
  @ApiNotFoundResponse({ description: 'No remiss, or the board / body is not of its organisation' })
  @ApiConflictResponse({ description: 'Already a recipient, or version_conflict' })
  addRecipient(@Param('id', ParseIdPipe) id: number, @Body() body: AddRecipientDto, @CurrentUser() user: AuthUser): Promise<RemissDetailDto> {
    return this.writes.addRecipient(id, body, user);
  }

  @Delete('remisser/:id/recipients/:recipientId')
  @AdminOnly()
  @ApiOkResponse({ type: RemissDetailDto, description: 'The remiss without the recipient, version + 1' })
  @ApiForbiddenResponse({ description: 'Not an admin of the remiss\'s organisation' })
  @ApiNotFoundResponse({ description: 'No such remiss or recipient' })
  @ApiConflictResponse({ description: 'The recipient has an answer, or version_conflict' })
  removeRecipient(
    @Param('id', ParseIdPipe) id: number,
    @Param('recipientId', ParseIdPipe) recipientId: number,
    @Query() q: VersionQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<RemissDetailDto> {
    return this.writes.removeRecipient(id, recipientId, q.version, user);
  }

  @Post('remisser/:id/recipients/:recipientId/answer')
  @Roles('admin', 'editor')
  @ApiCreatedResponse({ type: RemissAnswerDto, description: 'A draft answer, version 1' })
  @ApiBadRequestResponse({ description: 'Invalid field (named in errors)' })
  @ApiForbiddenResponse({ description: 'Not an editor of the recipient board (or, for external bodies and the organisation, not its admin)' })
  @ApiNotFoundResponse({ description: 'No such remiss or recipient' })
  @ApiConflictResponse({ description: 'The recipient already has an answer (answerId), or remiss_not_open' })
  createAnswer(
    @Param('id', ParseIdPipe) id: number,
    @Param('recipientId', ParseIdPipe) recipientId: number,
    @Body() body: AnswerContentDto,
    @CurrentUser() user: AuthUser,
  ): Promise<RemissAnswerDto> {
    return this.writes.createAnswer(id, recipientId, body, user);
  }

  @Get('remiss-answers/:id')
  @ApiOkResponse({ type: RemissAnswerDto })
  @ApiNotFoundResponse({ description: 'No answer with that id, or a draft the viewer may not see' })
  answer(@Param('id', ParseIdPipe) id: number, @CurrentUser() user?: AuthUser): Promise<RemissAnswerDto> {
    return this.remisser.answer(id, user);
  }

  @Put('remiss-answers/:id')
  @Roles('admin', 'editor')
  @ApiOkResponse({ type: RemissAnswerDto, description: 'The updated draft, version + 1' })
  @ApiBadRequestResponse({ description: 'Invalid field (named in errors)' })
  @ApiForbiddenResponse({ description: 'Not an editor of the recipient board, or an analyst' })
  @ApiNotFoundResponse({ description: 'No answer with that id' })
  @ApiConflictResponse({ description: 'version_conflict (currentVersion), answer_submitted or remiss_not_open' })
  updateAnswer(@Param('id', ParseIdPipe) id: number, @Body() body: UpdateAnswerDto, @CurrentUser() user: AuthUser): Promise<RemissAnswerDto> {
    return this.writes.updateAnswer(id, body, user);
  }

  @Post('remiss-answers/:id/submit')
  @Roles('admin', 'editor')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RemissAnswerDto, description: 'Submitted; counts as answered (late after the last answer date)' })
  @ApiBadRequestResponse({ description: 'No position or summary yet' })
  @ApiForbiddenResponse({ description: 'Not an editor of the recipient board, or an analyst' })
  @ApiNotFoundResponse({ description: 'No answer with that id' })
  @ApiConflictResponse({ description: 'version_conflict, answer_submitted or remiss_not_open' })
  submitAnswer(@Param('id', ParseIdPipe) id: number, @Body() body: VersionDto, @CurrentUser() user: AuthUser): Promise<RemissAnswerDto> {
    return this.writes.submitAnswer(id, body.version, user);
  }

  @Get('remiss-answers/:id/history')
  @ApiOkResponse({ type: [AuditEventDto], description: 'The answer\'s trail; the public sees submitted versions only, without who' })
  @ApiNotFoundResponse({ description: 'No answer with that id, or a draft the viewer may not see' })
  answerHistory(@Param('id', ParseIdPipe) id: number, @CurrentUser() user?: AuthUser): Promise<AuditEventDto[]> {
    return this.remisser.answerHistory(id, user);
  }

  @Get('me/remisser')
  @Roles('editor', 'admin')
  @ApiOkResponse({ type: [TodoRemissDto], description: '"Att besvara": sent remisser the signed-in editor\'s boards have not answered' })
  @ApiForbiddenResponse({ description: 'Analysts have no list to answer' })
  myRemisser(@CurrentUser() user: AuthUser): Promise<TodoRemissDto[]> {
    return this.remisser.todo(user);
  }

  @Get('external-bodies')
  @ApiPageResponse(ExternalBodyDto, 'The register of external bodies (remissinstanser outside the organisation), by organisation and name')
  @ApiNotFoundResponse({ description: 'Unknown organisation slug' })
  async externalBodies(@Query() q: OrganisationPageQueryDto, @PageContext() page: PageContextValue): Promise<ExternalBodyDto[]> {
    return sendPage(page.req, page.res, await this.remisser.externalBodies(q));
  }

  @Post('external-bodies')
  @AdminOnly()
  @ApiCreatedResponse({ type: ExternalBodyDto })
  @ApiBadRequestResponse({ description: 'Invalid field (named in errors)' })
  @ApiForbiddenResponse({ description: 'Not an admin of that organisation' })
  @ApiConflictResponse({ description: 'The name is already in the register' })
  createExternalBody(@Body() body: CreateExternalBodyDto, @CurrentUser() user: AuthUser): Promise<ExternalBodyDto> {
    return this.writes.createExternalBody(body, user);
  }

  @Post('remiss-imports')
  @AdminOnly()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RemissImportSummaryDto, description: 'What was (or, with dryRun, would be) written, with warnings by line' })
  @ApiBadRequestResponse({ description: 'Invalid field, or organisation missing while there are several' })
  @ApiForbiddenResponse({ description: 'Not an admin of that organisation' })
  @ApiNotFoundResponse({ description: 'Unknown organisation slug' })
  @ApiUnprocessableEntityResponse({ description: 'The document could not be read; nothing was written' })
  importDocument(@Body() body: ImportRemissDto, @CurrentUser() user: AuthUser): Promise<RemissImportSummaryDto> {
    return this.writes.import(body, user);
  }
}
