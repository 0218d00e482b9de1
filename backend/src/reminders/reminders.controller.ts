import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentUser } from '../auth/decorators/current-user.decorator.js';
import { AdminOnly } from '../auth/decorators/roles.decorator.js';
import type { AuthUser } from '../auth/roles.js';
import { ApiPageResponse, PageContext, sendPage, type PageContextValue } from '../common/pagination.js';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe.js';
import {
  ListRemindersQueryDto,
  OutboxSummaryDto,
  ReminderDto,
  ReminderPreviewDto,
  ReminderPreviewQueryDto,
  SendRemindersDto,
  SendRemindersResultDto,
} from './dto/reminder.dto.js';
import { RemindersService } from './reminders.service.js';

/** The reminder outbox of a cycle; for admins of the cycle's organisation (recipients are accounts). */
@ApiTags('reminders')
@Controller('cycles/:id/reminders')
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @Post()
  @AdminOnly()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: SendRemindersResultDto, description: 'One digest per editor of the boards that still owe, queued in the outbox (sent by the worker)' })
  @ApiBadRequestResponse({ description: 'Malformed boardIds' })
  @ApiNotFoundResponse({ description: "Unknown cycle, or boards not in the cycle's organisation (named in errors.boardIds)" })
  @ApiConflictResponse({ description: 'cycle_not_open: the cycle is draft or closed' })
  @ApiUnprocessableEntityResponse({ description: 'The cycle has no deadline' })
  send(@Param('id', ParseIdPipe) id: number, @Body() body: SendRemindersDto, @CurrentUser() user: AuthUser): Promise<SendRemindersResultDto> {
    return this.reminders.sendNow(id, body.boardIds, user);
  }

  @Get()
  @AdminOnly()
  @ApiPageResponse(ReminderDto, 'The outbox of the cycle, newest first')
  @ApiNotFoundResponse({ description: 'Unknown cycle' })
  @ApiBadRequestResponse({ description: 'Malformed filter' })
  async list(
    @Param('id', ParseIdPipe) id: number,
    @Query() query: ListRemindersQueryDto,
    @CurrentUser() user: AuthUser,
    @PageContext() page: PageContextValue,
  ): Promise<ReminderDto[]> {
    return sendPage(page.req, page.res, await this.reminders.list(id, query, user));
  }

  @Get('summary')
  @AdminOnly()
  @ApiOkResponse({ type: OutboxSummaryDto })
  @ApiNotFoundResponse({ description: 'Unknown cycle' })
  summary(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthUser): Promise<OutboxSummaryDto> {
    return this.reminders.summary(id, user);
  }

  @Get('preview')
  @AdminOnly()
  @ApiOkResponse({ type: ReminderPreviewDto, description: 'What POST would queue now: the confirmation\'s numbers' })
  @ApiNotFoundResponse({ description: "Unknown cycle, or boards not in the cycle's organisation" })
  @ApiBadRequestResponse({ description: 'Malformed boardIds' })
  preview(@Param('id', ParseIdPipe) id: number, @Query() query: ReminderPreviewQueryDto, @CurrentUser() user: AuthUser): Promise<ReminderPreviewDto> {
    return this.reminders.preview(id, query.boardIds, user);
  }
}
