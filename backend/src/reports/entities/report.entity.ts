import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Commission } from '../../commissions/entities/commission.entity.js';

/** A delrapport of a commission; `key` is its stable short name (samverkan, skola, …). */
@Entity({ name: 'report' })
export class Report {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'commission_id' })
  commissionId: number;

  @ManyToOne(() => Commission, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commission_id' })
  commission?: Relation<Commission>;

  @Column()
  key: string;

  @Column()
  title: string;

  @Column({ type: 'text', nullable: true })
  area: string | null;

  @Column({ type: 'int', nullable: true })
  year: number | null;
}
