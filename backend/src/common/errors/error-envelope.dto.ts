import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ImportFileProblemDto } from '../../imports/dto/import.dto.js';
import { ErrorCode } from './app-exception.js';

/**
 * The one error body (ErrorEnvelopeFilter). Documented so that clients can type it and translate
 * by `code`; extra fields such as `currentVersion` (version_conflict) and `statementId`
 * (statement_exists) sit beside the four below.
 */
export class ErrorEnvelopeDto {
  @ApiProperty({ example: 400, description: 'the HTTP status, repeated' })
  statusCode: number;

  @ApiProperty({ enum: ErrorCode, enumName: 'ErrorCode', example: ErrorCode.ValidationFailed, description: 'stable machine code; clients translate by it' })
  code: ErrorCode;

  @ApiProperty({ example: 'Invalid input: password', description: 'English, for developers and logs; not for end users' })
  message: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { password: 'password must be at least 10 characters' },
    description: 'validation_failed: field path → what is wrong (English)',
  })
  errors?: Record<string, string>;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    example: { password: ['minLength'] },
    description: 'validation_failed from the validation pipe: field path → the names of the failed constraints (stable, for translation)',
  })
  constraints?: Record<string, string[]>;

  @ApiPropertyOptional({ example: 3, description: 'version_conflict: the row\'s current version' })
  currentVersion?: number;

  @ApiPropertyOptional({ example: 42, description: 'statement_exists: the id of the statement that is already there' })
  statementId?: number;

  @ApiPropertyOptional({ type: ImportFileProblemDto, description: 'import_file_invalid: what is wrong with the uploaded file' })
  problem?: ImportFileProblemDto;

  @ApiPropertyOptional({ example: 10485760, description: 'payload_too_large from an upload: the limit in bytes' })
  limitBytes?: number;

  @ApiPropertyOptional({ example: 5, description: "import apply: the sheet row whose write failed (version_conflict, statement_exists)" })
  row?: number;
}
