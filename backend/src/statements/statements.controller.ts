import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe.js';
import { ListStatementsQueryDto, StatementDto } from './dto/statement.dto.js';
import { StatementsService } from './statements.service.js';

@ApiTags('statements')
@Controller()
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  @Get('cycles/:id/statements')
  @ApiOkResponse({ type: [StatementDto] })
  @ApiNotFoundResponse({ description: 'Unknown cycle or report key' })
  @ApiBadRequestResponse({ description: 'Malformed filter' })
  list(@Param('id', ParseIdPipe) id: number, @Query() query: ListStatementsQueryDto): Promise<StatementDto[]> {
    return this.statements.listForCycle(id, query);
  }
}
