import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppException } from '../common/errors/app-exception.js';
import { Responsibility } from '../measures/entities/responsibility.entity.js';
import type { BoardDetailDto, BoardDto } from './dto/board.dto.js';
import { Board } from './entities/board.entity.js';

const KIND_ORDER = `CASE board.kind WHEN 'executive' THEN 0 WHEN 'central' THEN 1 WHEN 'district' THEN 2 ELSE 3 END`;

@Injectable()
export class BoardsService {
  constructor(
    @InjectRepository(Board) private readonly boards: Repository<Board>,
    @InjectRepository(Responsibility) private readonly responsibilities: Repository<Responsibility>,
  ) {}

  /** Executive first, then central boards, districts and companies, each in catalogue order. */
  async list(): Promise<BoardDto[]> {
    const rows = await this.boards
      .createQueryBuilder('board')
      .orderBy(KIND_ORDER)
      .addOrderBy('board.id')
      .getMany();
    return rows.map(({ id, name, administration, kind }) => ({ id, name, administration, kind }));
  }

  async get(id: number): Promise<BoardDetailDto> {
    const board = await this.boards.findOneBy({ id });
    if (!board) throw AppException.notFound('Board', id);
    const responsibilities = await this.responsibilities
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.measure', 'measure')
      .innerJoinAndSelect('measure.report', 'report')
      .where('r.boardId = :id', { id })
      .orderBy('report.id')
      .addOrderBy("string_to_array(measure.number, '.')::int[]")
      .getMany();
    return {
      id: board.id,
      name: board.name,
      administration: board.administration,
      kind: board.kind,
      slug: board.slug,
      responsibilities: responsibilities.map((r) => ({
        measure: { id: r.measure!.id, number: r.measure!.number, report: r.measure!.report!.key, title: r.measure!.title },
        role: r.role,
      })),
      version: board.version,
    };
  }
}
