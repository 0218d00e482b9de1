import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A rekommendation, numbered within its report ("6.5"). */
@Entity({ name: 'recommendation' })
export class Recommendation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'report_id' })
  reportId: number;

  @Column()
  number: string;

  @Column({ type: 'text', nullable: true })
  title: string | null;
}
