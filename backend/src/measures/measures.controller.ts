import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe.js';
import { ListMeasuresQueryDto, MeasureDetailDto, MeasureDto } from './dto/measure.dto.js';
import { MeasuresService } from './measures.service.js';

@ApiTags('measures')
@Controller('measures')
export class MeasuresController {
  constructor(private readonly measures: MeasuresService) {}

  @Get()
  @ApiOkResponse({ type: [MeasureDto] })
  @ApiNotFoundResponse({ description: 'Unknown report key' })
  @ApiBadRequestResponse({ description: 'Malformed or unknown query field' })
  list(@Query() query: ListMeasuresQueryDto): Promise<MeasureDto[]> {
    return this.measures.list(query.report);
  }

  @Get(':id')
  @ApiOkResponse({ type: MeasureDetailDto })
  @ApiNotFoundResponse({ description: 'No measure with that id' })
  get(@Param('id', ParseIdPipe) id: number): Promise<MeasureDetailDto> {
    return this.measures.get(id);
  }
}
