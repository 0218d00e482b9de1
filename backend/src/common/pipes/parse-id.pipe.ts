import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { AppException, ErrorCode } from '../errors/app-exception.js';
import { MAX_ID } from '../ids.js';


/** Route ids are positive 32-bit integers; anything else is the client's mistake (400), never a 500. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const name = metadata.data ?? 'id';
    if (!/^[1-9]\d{0,9}$/.test(value) || Number(value) > MAX_ID) {
      throw new AppException(ErrorCode.InvalidId, `${name} must be a positive integer, got ${JSON.stringify(value)}`, {
        [name]: 'must be a positive integer',
      });
    }
    return Number(value);
  }
}
