import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiTags } from '@nestjs/swagger';
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
  async list(@Query() query: ListAuditQueryDto, @PageContext() page: PageContextValue): Promise<AuditEventDto[]> {
    return sendPage(page.req, page.res, await this.audit.list(query));
  }
}
