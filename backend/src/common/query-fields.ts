import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { MAX_ID } from './ids.js';

/** An optional `?field=ID` query parameter: a positive integer. */
export function OptionalIdQuery(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description, example: 1, type: Number }),
    IsOptional(),
    // Only plain digits become a number, as for route ids (ParseIdPipe): '1e3', '0x10' and ' 7' stay malformed.
    Transform(({ value }) => (typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : value)),
    IsInt({ message: '$property must be a positive integer' }),
    Min(1, { message: '$property must be a positive integer' }),
    Max(MAX_ID, { message: '$property must be a positive integer' }),
  );
}

/** An optional `?report=KEY` query parameter. */
export function OptionalReportKeyQuery(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description: 'report key', example: 'delad' }),
    IsOptional(),
    Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'report must be a report key such as "delad"' }),
  );
}
