import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const CYCLE_STATUSES = ['draft', 'open', 'closed'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/** An uppföljningsomgång: the boards asked to report on a commission's measures by a deadline. */
@Entity({ name: 'reporting_cycle' })
export class ReportingCycle {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'organisation_id' })
  organisationId: number;

  /** The commission whose measures are in scope. */
  @Column({ name: 'commission_id' })
  commissionId: number;

  @Column()
  name: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({ type: 'text' })
  status: CycleStatus;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
