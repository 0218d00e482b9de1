import { applyDecorators, createParamDecorator, type ExecutionContext, type Type } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import type { Request, Response } from 'express';
import { AppException } from './errors/app-exception.js';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

/**
 * `?limit=&cursor=` of every list that can grow. The body stays the list itself; the next page is
 * announced in the `X-Next-Cursor` and `Link: <…>; rel="next"` headers (absent on the last page).
 * A cursor is the last row's sort key, base64url-encoded JSON: keyset paging, so a page costs the
 * same however deep it is, and rows inserted meanwhile never shift what comes next.
 */
export class PageQueryDto {
  @ApiPropertyOptional({ description: `rows per page (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE})`, example: DEFAULT_PAGE_SIZE, type: Number })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d{1,7}$/.test(value) ? Number(value) : value))
  @IsInt({ message: `limit must be an integer between 1 and ${MAX_PAGE_SIZE}` })
  @Min(1, { message: `limit must be an integer between 1 and ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `limit must be an integer between 1 and ${MAX_PAGE_SIZE}` })
  limit?: number;

  @ApiPropertyOptional({ description: 'the X-Next-Cursor header of the previous page', example: 'WzEyLDNd' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,400}$/, { message: 'cursor must be the X-Next-Cursor value of a previous page' })
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  /** The cursor of the next page, or null on the last one. */
  next: string | null;
}

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * The sort key a cursor holds, checked against the shape the list expects (`'int' | 'int[]' | 'text'`
 * per position); anything else is a 400 naming `cursor`, never a query with a malformed parameter.
 */
export function decodeCursor(cursor: string | undefined, shape: ('int' | 'int[]' | 'text')[]): unknown[] | null {
  if (cursor === undefined) return null;
  const bad = () => AppException.invalidField('cursor', 'cursor must be the X-Next-Cursor value of a previous page');
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  const isInt = (v: unknown) => Number.isSafeInteger(v) && Math.abs(v as number) <= 2_147_483_647;
  const ok =
    Array.isArray(key) &&
    key.length === shape.length &&
    key.every((v, i) => (shape[i] === 'int' ? isInt(v) : shape[i] === 'int[]' ? Array.isArray(v) && v.every(isInt) : typeof v === 'string'));
  if (!ok) throw bad();
  return key as unknown[];
}

/** Takes the `limit + 1` rows a query fetched: the extra one only says that there is a next page. */
export function toPage<R, T>(rows: R[], limit: number, key: (row: R) => unknown[], map: (row: R) => T): Page<T> {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  return { items: items.map(map), next: more ? encodeCursor(key(items[items.length - 1])) : null };
}

/**
 * Puts a page's next cursor in the response headers and answers its items. Use in a controller with
 * `@Res({ passthrough: true })`.
 */
export function sendPage<T>(req: Request, res: Response, page: Page<T>): T[] {
  if (page.next !== null) {
    const url = new URL(req.originalUrl, 'http://localhost');
    url.searchParams.set('cursor', page.next);
    res.setHeader('X-Next-Cursor', page.next);
    res.setHeader('Link', `<${url.pathname}${url.search}>; rel="next"`);
  }
  return page.items;
}

/** The request and response of a paginated list, for `sendPage`. */
export const PageContext = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  const http = ctx.switchToHttp();
  return { req: http.getRequest<Request>(), res: http.getResponse<Response>() };
});
export interface PageContextValue {
  req: Request;
  res: Response;
}

/** The OpenAPI answer of a paginated list: an array of `type`, with the paging headers. */
export function ApiPageResponse(type: Type<unknown>, description: string): MethodDecorator {
  return applyDecorators(
    ApiOkResponse({
      type: [type],
      description: `${description}. One page: ?limit= (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}), then ?cursor= with the X-Next-Cursor of the previous page`,
      headers: {
        'X-Next-Cursor': { description: 'the cursor of the next page; absent on the last page', schema: { type: 'string' } },
        Link: { description: 'the next page as <url>; rel="next"; absent on the last page', schema: { type: 'string' } },
      },
    }),
  );
}
