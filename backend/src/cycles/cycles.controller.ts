import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe.js';
import { CyclesService, toCycleDto } from './cycles.service.js';
import { CycleDto } from './dto/cycle.dto.js';

@ApiTags('cycles')
@Controller('cycles')
export class CyclesController {
  constructor(private readonly cycles: CyclesService) {}

  @Get()
  @ApiOkResponse({ type: [CycleDto] })
  list(): Promise<CycleDto[]> {
    return this.cycles.list();
  }

  @Get(':id')
  @ApiOkResponse({ type: CycleDto })
  @ApiNotFoundResponse({ description: 'No cycle with that id' })
  async get(@Param('id', ParseIdPipe) id: number): Promise<CycleDto> {
    return toCycleDto(await this.cycles.get(id));
  }
}
