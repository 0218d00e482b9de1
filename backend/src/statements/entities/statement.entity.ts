import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { Board } from '../../boards/entities/board.entity.js';
import { Measure } from '../../measures/entities/measure.entity.js';

export const STATEMENT_STATUSES = ['not-started', 'in-progress', 'done', 'waiting'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];
export const STATEMENT_STATES = ['draft', 'submitted'] as const;
export type StatementState = (typeof STATEMENT_STATES)[number];
export const STATEMENT_PART_KINDS = ['svar', 'hantering', 'kommentar', 'pagaende', 'text'] as const;
export interface StatementPart {
  kind: (typeof STATEMENT_PART_KINDS)[number];
  text: string;
}

/** A board's skrivning in a cycle, for one measure or (measure null) its general statement. */
@Entity({ name: 'statement' })
export class Statement {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'cycle_id' })
  cycleId: number;

  @Column({ name: 'board_id' })
  boardId: number;

  @ManyToOne(() => Board, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'board_id' })
  board?: Relation<Board>;

  @Column({ name: 'measure_id', type: 'int', nullable: true })
  measureId: number | null;

  @ManyToOne(() => Measure, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'measure_id' })
  measure?: Relation<Measure> | null;

  @Column({ type: 'text' })
  text: string;

  /** The labelled parts of an imported text (Svar:, Hantering:, Kommentar:, Pågående arbete:). */
  @Column({ type: 'jsonb', nullable: true })
  parts: StatementPart[] | null;

  @Column({ name: 'planned_years', type: 'int', array: true })
  plannedYears: number[];

  @Column({ type: 'text', nullable: true })
  status: StatementStatus | null;

  @Column({ type: 'text' })
  state: StatementState;

  @Column({ type: 'text', nullable: true })
  position: string | null;

  @Column({ name: 'source_line', type: 'int', nullable: true })
  sourceLine: number | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** Submitted after the cycle's deadline (recorded at submission). */
  @Column({ type: 'boolean', default: false })
  late: boolean;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
