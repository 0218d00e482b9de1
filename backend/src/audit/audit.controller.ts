import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Roles } from '../auth/decorators/roles.decorator.js';
import { AuditService } from './audit.service.js';
import { AuditEventDto, ListAuditQueryDto } from './dto/audit-event.dto.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: [AuditEventDto], description: 'Newest first' })
  @ApiBadRequestResponse({ description: 'Malformed filter' })
  @ApiUnauthorizedResponse({ description: 'Not signed in' })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  list(@Query() query: ListAuditQueryDto): Promise<AuditEventDto[]> {
    return this.audit.list(query);
  }
}
