import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '../auth/decorators/roles.decorator.js';
import { AuditService } from './audit.service.js';
import { AuditEventDto, ListAuditQueryDto } from './dto/audit-event.dto.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @AdminOnly()
  @ApiOkResponse({ type: [AuditEventDto], description: 'Newest first' })
  @ApiBadRequestResponse({ description: 'Malformed filter' })
  list(@Query() query: ListAuditQueryDto): Promise<AuditEventDto[]> {
    return this.audit.list(query);
  }
}
