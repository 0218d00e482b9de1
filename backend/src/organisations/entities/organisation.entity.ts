import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A municipality (kommun); every record belongs to one. */
@Entity({ name: 'organisation' })
export class Organisation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  slug: string;

  @Column()
  name: string;
}
