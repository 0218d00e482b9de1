import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/decorators/current-user.decorator.js';
import type { AuthUser } from '../auth/roles.js';
import { AdminOnly } from '../auth/decorators/roles.decorator.js';
import { ApiPageResponse, PageContext, sendPage, type PageContextValue } from '../common/pagination.js';
import { AuditService } from './audit.service.js';
import { AuditEventDto, ListAuditQueryDto } from './dto/audit-event.dto.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @AdminOnly()
  @ApiPageResponse(AuditEventDto, 'Newest first')
  @ApiBadRequestResponse({ description: 'Malformed filter' })
  @ApiForbiddenResponse({ description: "Another organisation's trail" })
  @ApiNotFoundResponse({ description: 'organisation_not_found: no organisation with that slug' })
  async list(@Query() query: ListAuditQueryDto, @PageContext() page: PageContextValue, @CurrentUser() user: AuthUser): Promise<AuditEventDto[]> {
    return sendPage(page.req, page.res, await this.audit.list(query, user));
  }
}
