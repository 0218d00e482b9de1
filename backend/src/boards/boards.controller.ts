import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe.js';
import { BoardsService } from './boards.service.js';
import { BoardDetailDto, BoardDto } from './dto/board.dto.js';

@ApiTags('boards')
@Controller('boards')
export class BoardsController {
  constructor(private readonly boards: BoardsService) {}

  @Get()
  @ApiOkResponse({ type: [BoardDto] })
  list(): Promise<BoardDto[]> {
    return this.boards.list();
  }

  @Get(':id')
  @ApiOkResponse({ type: BoardDetailDto })
  @ApiNotFoundResponse({ description: 'No board with that id' })
  get(@Param('id', ParseIdPipe) id: number): Promise<BoardDetailDto> {
    return this.boards.get(id);
  }
}
