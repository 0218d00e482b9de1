import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Board } from '../../boards/entities/board.entity.js';
import { Measure } from './measure.entity.js';

export const RESPONSIBILITY_ROLES = ['lead', 'contributing'] as const;
export type ResponsibilityRole = (typeof RESPONSIBILITY_ROLES)[number];

/** Measure × board × role: huvudansvarig (lead) or delansvarig (contributing). */
@Entity({ name: 'responsibility' })
export class Responsibility {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'measure_id' })
  measureId: number;

  @ManyToOne(() => Measure, (m) => m.responsibilities, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: Relation<Measure>;

  @Column({ name: 'board_id' })
  boardId: number;

  @ManyToOne(() => Board, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'board_id' })
  board?: Relation<Board>;

  @Column({ type: 'text' })
  role: ResponsibilityRole;

  /** The responsibility text as written ("Stadsbyggnadsnämnden i samverkan med …"). */
  @Column({ name: 'source_text', type: 'text', nullable: true })
  sourceText: string | null;

  @Column({ name: 'via_group_id', type: 'int', nullable: true })
  viaGroupId: number | null;
}
