import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A kommission whose reports hold the measures the boards answer for. */
@Entity({ name: 'commission' })
export class Commission {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'organisation_id' })
  organisationId: number;

  @Column()
  slug: string;

  @Column()
  name: string;
}
