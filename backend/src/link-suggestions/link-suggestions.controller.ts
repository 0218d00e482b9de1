import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/decorators/current-user.decorator.js';
import { AdminOnly, Roles } from '../auth/decorators/roles.decorator.js';
import type { AuthUser } from '../auth/roles.js';
import { ApiPageResponse, PageContext, sendPage, type PageContextValue } from '../common/pagination.js';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe.js';
import { DecideLinkSuggestionDto, LinkSuggestionDto, ListLinkSuggestionsQueryDto } from './dto/link-suggestion.dto.js';
import { LinkSuggestionsService } from './link-suggestions.service.js';

@ApiTags('link-suggestions')
@Controller('link-suggestions')
export class LinkSuggestionsController {
  constructor(private readonly suggestions: LinkSuggestionsService) {}

  @Get()
  @Roles('admin', 'analyst')
  @ApiPageResponse(LinkSuggestionDto, 'In id order (the document\'s order)')
  @ApiBadRequestResponse({ description: 'Bad cycle, state, limit or cursor (named in errors)' })
  @ApiNotFoundResponse({ description: 'Unknown cycle' })
  @ApiForbiddenResponse({ description: "Another organisation's cycle or slug" })
  async list(@Query() query: ListLinkSuggestionsQueryDto, @PageContext() page: PageContextValue, @CurrentUser() user: AuthUser): Promise<LinkSuggestionDto[]> {
    return sendPage(page.req, page.res, await this.suggestions.list(query, user));
  }

  @Post(':id/confirm')
  @AdminOnly()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: LinkSuggestionDto, description: 'Confirmed: the passage is now the board\'s statement on the measure (statementId)' })
  @ApiNotFoundResponse({ description: 'No suggestion with that id' })
  @ApiConflictResponse({ description: 'version_conflict (currentVersion) or suggestion_decided' })
  confirm(@Param('id', ParseIdPipe) id: number, @Body() body: DecideLinkSuggestionDto, @CurrentUser() user: AuthUser): Promise<LinkSuggestionDto> {
    return this.suggestions.confirm(id, body.version, user);
  }

  @Post(':id/reject')
  @AdminOnly()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: LinkSuggestionDto, description: 'Rejected: the passage stays where the import put it' })
  @ApiNotFoundResponse({ description: 'No suggestion with that id' })
  @ApiConflictResponse({ description: 'version_conflict (currentVersion) or suggestion_decided' })
  reject(@Param('id', ParseIdPipe) id: number, @Body() body: DecideLinkSuggestionDto, @CurrentUser() user: AuthUser): Promise<LinkSuggestionDto> {
    return this.suggestions.reject(id, body.version, user);
  }
}
