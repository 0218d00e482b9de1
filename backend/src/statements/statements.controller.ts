import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AuditEventDto } from '../audit/dto/audit-event.dto.js';
import { CurrentUser } from '../auth/decorators/current-user.decorator.js';
import { AdminOnly, Roles } from '../auth/decorators/roles.decorator.js';
import type { AuthUser } from '../auth/roles.js';
import { ApiPageResponse, PageContext, sendPage, type PageContextValue } from '../common/pagination.js';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe.js';
import { ListStatementsQueryDto, PreviousStatementDto, StatementDto } from './dto/statement.dto.js';
import { TodoDto } from './dto/todo.dto.js';
import { CreateStatementDto, ReopenStatementDto, ReturnStatementDto, UpdateStatementDto, VersionDto } from './dto/write-statement.dto.js';
import { StatementWorkflowService } from './statement-workflow.service.js';
import { StatementsService } from './statements.service.js';
import { TodoService } from './todo.service.js';

@ApiTags('statements')
@Controller()
@ApiUnauthorizedResponse({ description: 'Not signed in (writes; reads too when PUBLIC_READ=false)' })
export class StatementsController {
  constructor(
    private readonly statements: StatementsService,
    private readonly workflow: StatementWorkflowService,
    private readonly todo: TodoService,
  ) {}

  @Get('cycles/:id/statements')
  @ApiPageResponse(StatementDto, "Submitted statements; drafts only to their own board's editors and admins")
  @ApiNotFoundResponse({ description: 'Unknown cycle or report key' })
  @ApiBadRequestResponse({ description: 'Malformed filter' })
  async list(
    @Param('id', ParseIdPipe) id: number,
    @Query() query: ListStatementsQueryDto,
    @PageContext() page: PageContextValue,
    @CurrentUser() user?: AuthUser,
  ): Promise<StatementDto[]> {
    return sendPage(page.req, page.res, await this.statements.listForCycle(id, query, user));
  }

  @Post('cycles/:id/statements')
  @Roles('admin', 'editor')
  @ApiCreatedResponse({ type: StatementDto, description: 'A draft, version 1' })
  @ApiBadRequestResponse({ description: 'Invalid field (named in errors)' })
  @ApiForbiddenResponse({ description: 'Not an editor of the board, or an analyst' })
  @ApiNotFoundResponse({ description: 'Unknown cycle, board or measure' })
  @ApiConflictResponse({ description: 'statement_exists (the id is in statementId) or cycle_not_open' })
  @ApiUnprocessableEntityResponse({ description: "The measure is not one of the cycle's commission" })
  create(@Param('id', ParseIdPipe) id: number, @Body() body: CreateStatementDto, @CurrentUser() user: AuthUser): Promise<StatementDto> {
    return this.workflow.create(id, body, user);
  }

  @Get('statements/:id')
  @ApiOkResponse({ type: StatementDto })
  @ApiNotFoundResponse({ description: 'No statement with that id, or a draft the viewer may not see' })
  get(@Param('id', ParseIdPipe) id: number, @CurrentUser() user?: AuthUser): Promise<StatementDto> {
    return this.statements.get(id, user);
  }

  @Put('statements/:id')
  @Roles('admin', 'editor')
  @ApiOkResponse({ type: StatementDto, description: 'The updated draft, version + 1' })
  @ApiBadRequestResponse({ description: 'Invalid field (named in errors)' })
  @ApiForbiddenResponse({ description: 'Not an editor of the board, or an analyst' })
  @ApiNotFoundResponse({ description: 'No statement with that id' })
  @ApiConflictResponse({ description: 'version_conflict (currentVersion), statement_submitted or cycle_not_open' })
  update(@Param('id', ParseIdPipe) id: number, @Body() body: UpdateStatementDto, @CurrentUser() user: AuthUser): Promise<StatementDto> {
    return this.workflow.update(id, body, user);
  }

  @Post('statements/:id/submit')
  @Roles('admin', 'editor')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: StatementDto, description: 'Submitted ("Lämna in"); late is true after the deadline' })
  @ApiBadRequestResponse({ description: 'Empty text' })
  @ApiForbiddenResponse({ description: 'Not an editor of the board, or an analyst' })
  @ApiNotFoundResponse({ description: 'No statement with that id' })
  @ApiConflictResponse({ description: 'version_conflict, statement_submitted or cycle_not_open' })
  submit(@Param('id', ParseIdPipe) id: number, @Body() body: VersionDto, @CurrentUser() user: AuthUser): Promise<StatementDto> {
    return this.workflow.submit(id, body.version, user);
  }

  @Post('statements/:id/reopen')
  @AdminOnly()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: StatementDto, description: 'Back to draft' })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  @ApiNotFoundResponse({ description: 'No statement with that id' })
  @ApiBadRequestResponse({ description: 'No reason given' })
  @ApiConflictResponse({ description: 'statement_not_submitted (a draft or returned already) or version_conflict' })
  reopen(@Param('id', ParseIdPipe) id: number, @Body() body: ReopenStatementDto, @CurrentUser() user: AuthUser): Promise<StatementDto> {
    return this.workflow.reopen(id, body.version, body.reason, user);
  }

  @Post('statements/:id/return')
  @AdminOnly()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: StatementDto, description: 'Returned to the board with the comment; counts as missing until resubmitted' })
  @ApiBadRequestResponse({ description: 'No comment, or a bad version' })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  @ApiNotFoundResponse({ description: 'No statement with that id' })
  @ApiConflictResponse({ description: 'statement_not_in_review (not submitted) or version_conflict (currentVersion)' })
  returnToBoard(@Param('id', ParseIdPipe) id: number, @Body() body: ReturnStatementDto, @CurrentUser() user: AuthUser): Promise<StatementDto> {
    return this.workflow.returnToBoard(id, body.version, body.comment, user);
  }

  @Post('statements/:id/approve')
  @AdminOnly()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: StatementDto, description: 'Approved (godkänd); stays delivered and locked' })
  @ApiBadRequestResponse({ description: 'A bad version' })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  @ApiNotFoundResponse({ description: 'No statement with that id' })
  @ApiConflictResponse({ description: 'statement_not_in_review (not submitted) or version_conflict (currentVersion)' })
  approve(@Param('id', ParseIdPipe) id: number, @Body() body: VersionDto, @CurrentUser() user: AuthUser): Promise<StatementDto> {
    return this.workflow.approve(id, body.version, user);
  }

  @Get('statements/:id/previous')
  @ApiOkResponse({ type: PreviousStatementDto, description: "Last year's statement of the same board on the same measure (delivered ones only)" })
  @ApiNotFoundResponse({ description: 'No statement with that id, or a draft the viewer may not see' })
  previous(@Param('id', ParseIdPipe) id: number, @CurrentUser() user?: AuthUser): Promise<PreviousStatementDto> {
    return this.statements.previous(id, user);
  }

  @Get('statements/:id/history')
  @ApiOkResponse({ type: [AuditEventDto], description: 'The audit trail, oldest first' })
  @ApiNotFoundResponse({ description: 'No statement with that id, or a draft the viewer may not see' })
  history(@Param('id', ParseIdPipe) id: number, @CurrentUser() user?: AuthUser): Promise<AuditEventDto[]> {
    return this.statements.history(id, user);
  }

  @Get('me/todo')
  @Roles('editor', 'admin')
  @ApiOkResponse({ type: [TodoDto], description: "Per open cycle, the signed-in editor's boards and what they owe; empty for an account without boards" })
  @ApiForbiddenResponse({ description: 'Analysts have no to-do list' })
  myTodo(@CurrentUser() user: AuthUser): Promise<TodoDto[]> {
    return this.todo.forUser(user);
  }
}
