import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import { Report } from '../../reports/entities/report.entity.js';
import { Recommendation } from './recommendation.entity.js';
import { Responsibility } from './responsibility.entity.js';

/** An åtgärd; its number is unique only within its report. */
@Entity({ name: 'measure' })
export class Measure {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'report_id' })
  reportId: number;

  @ManyToOne(() => Report, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_id' })
  report?: Relation<Report>;

  @Column({ name: 'recommendation_id', type: 'int', nullable: true })
  recommendationId: number | null;

  @ManyToOne(() => Recommendation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: Relation<Recommendation> | null;

  @Column()
  number: string;

  @Column()
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'ongoing_work', type: 'text', nullable: true })
  ongoingWork: string | null;

  @Column({ name: 'responsibility_text', type: 'text', nullable: true })
  responsibilityText: string | null;

  @OneToMany(() => Responsibility, (r) => r.measure)
  responsibilities?: Relation<Responsibility>[];

  @VersionColumn()
  version: number;
}
