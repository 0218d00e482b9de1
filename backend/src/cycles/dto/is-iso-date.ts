import { ValidatorConstraint, type ValidationArguments, type ValidatorConstraintInterface } from 'class-validator';

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
@ValidatorConstraint({ name: 'isIsoDate' })
export class IsIsoDate implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be a date written YYYY-MM-DD${args.property === 'deadline' ? ' (or null)' : ''}`;
  }
}
