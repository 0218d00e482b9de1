import { request as httpRequest } from 'node:http';
import type { OpenAPIObject } from '@nestjs/swagger';
import fc from 'fast-check';

/**
 * The pieces of the input fuzzer (test/fuzz.e2e-spec.ts): the route list read from the app's OpenAPI
 * document, fast-check arbitraries for bad input of every shape, and a raw HTTP client that sends
 * exactly the bytes generated (supertest and fetch normalise or refuse some of them).
 */

type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  nullable?: boolean;
  allOf?: Schema[];
  oneOf?: Schema[];
};

export interface QueryParam {
  name: string;
  schema: Schema;
}

export interface FuzzRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** As OpenAPI writes it: /api/cycles/{id}/statements */
  path: string;
  pathParams: string[];
  query: QueryParam[];
  /** The JSON body's schema with every $ref resolved; undefined for routes without a body. */
  body?: Schema;
  /** The body DTO's name (CreateStatementDto), when the schema is a reference. */
  bodyName?: string;
}

/** Every operation of the document, with its parameters and body schema resolved. */
export function routesFromOpenApi(doc: OpenAPIObject): FuzzRoute[] {
  const resolve = (s: Schema | undefined, depth = 0): Schema | undefined => {
    if (!s || depth > 6) return s;
    if (s.$ref) {
      const name = s.$ref.replace('#/components/schemas/', '');
      return resolve(doc.components?.schemas?.[name] as Schema, depth + 1);
    }
    if (s.allOf?.length === 1) return resolve(s.allOf[0], depth + 1);
    return {
      ...s,
      ...(s.items ? { items: resolve(s.items, depth + 1) } : {}),
      ...(s.properties ? { properties: Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, resolve(v, depth + 1)!])) } : {}),
    };
  };
  const routes: FuzzRoute[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'delete', 'patch'] as const) {
      const op = item[method];
      if (!op) continue;
      const params = (op.parameters ?? []) as { name: string; in: string; schema?: Schema }[];
      const content = (op.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content;
      routes.push({
        method: method.toUpperCase() as FuzzRoute['method'],
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: resolve(p.schema) ?? {} })),
        body: content?.['application/json'] ? (resolve(content['application/json'].schema) ?? { type: 'object' }) : undefined,
        bodyName: content?.['application/json']?.schema?.$ref?.replace('#/components/schemas/', ''),
      });
    }
  }
  return routes;
}

/**
 * A value the schema would accept, from its example where it has one. `overrides` replaces top-level
 * properties by name (`boardId`) or by DTO and name (`UpdateCycleDto.status`): the examples name ids
 * and years of the demo data, the fuzzer's database has others.
 */
export function plausible(schema: Schema | undefined, overrides: Record<string, unknown> = {}, dto?: string): unknown {
  if (!schema) return null;
  if (schema.properties && Object.keys(overrides).length > 0) {
    const base = plausible(schema) as Record<string, unknown>;
    for (const key of Object.keys(base)) {
      const specific = `${dto}.${key}`;
      if (specific in overrides) base[key] = overrides[specific];
      else if (key in overrides) base[key] = overrides[key];
    }
    return base;
  }
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'string':
      return 'Text';
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return [plausible(schema.items)];
    default:
      if (schema.properties) {
        return Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, plausible(v)]));
      }
      return {};
  }
}

/** Strings that have broken parsers, databases and encoders before. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\t\r\n',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uD83D',
  '\uFEFF',
  '\u200B',
  '\u202Eevil',
  'e\u0301\u0301\u0301',
  'İı',
  'ß',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  "'; DROP TABLE statement; --",
  '" OR 1=1 --',
  '%00',
  '%',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '{{7*7}}${7*7}',
  '\\',
  'null',
  'undefined',
  'NaN',
  'true',
  '-1',
  '0',
  '1e309',
  '0x10',
  '1.5',
  ' 7 ',
  '007',
  '2147483648',
  '9223372036854775808',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31T23:59:59.999Z',
  '2026-13-01',
  'WzEyLDNd',
  'W10=',
  'eyJhIjoxfQ==',
  'lead',
  'draft',
];

/** Numbers at and past the edges of 32- and 64-bit integers, floats and the years the API allows. */
const NASTY_NUMBERS = [0, -0, -1, 1.5, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, 1e308, -1e308, 5e-324, 1999, 2101, 10_000];

/** Strings of every kind; `longest` bounds the long ones (a URL must stay under Node's 16 KiB header limit). */
const strings = (lengths: number[], fill: string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom(...lengths).chain((n) => fc.constantFrom(...fill).map((c) => c.repeat(n))) },
  );

/** Past the DTOs' limits (2,000 and 20,000 characters) and past the 100 KiB body limit. */
const nastyString = strings([2_001, 20_001, 200_000], ['x', 'å', '🏳️‍🌈', '\u0000']);
const urlString = strings([256, 1_001], ['x', 'å', '\u0000']);

const nastyNumber = fc.oneof(fc.constantFrom(...NASTY_NUMBERS), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));

/** Any JSON value, deeper and wider than a DTO expects. */
const deepValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    nastyNumber,
    nastyString,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('v'), { maxKeys: 4 }),
  ),
})).v;

/** A value of the wrong kind (or the right kind, badly chosen) for any field. */
export const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  nastyNumber,
  nastyString,
  fc.array(fc.oneof(nastyNumber, nastyString, fc.constant(null)), { maxLength: 30 }),
  fc.constant(Array.from({ length: 5_000 }, (_, i) => i)),
  deepValue,
  fc.constant({ $gt: '' }),
  // An own __proto__ key, as JSON.parse makes it (an object literal would set the prototype instead).
  fc.constant(JSON.parse('{"__proto__":{"admin":true},"constructor":{"prototype":{}}}')),
);

/** Keys no DTO declares, a few of them treacherous. */
const unknownKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'version2', '$where', 'role ', ''), fc.string({ minLength: 1, maxLength: 12 }));

/** What a body case sends: a JSON value, or raw bytes that claim to be JSON. */
export type BodyCase = { json: unknown } | { raw: string };

const MALFORMED_JSON = ['{', '{"a":', '[1,2', '{"a":1,}', "{'a':1}", 'nul', '{"a":"\\x41"}', '{"a":01}', '\uFEFF{}', '{"a":1}{"b":2}', 'NaN', '"\uD800"', ' ', '{"a":' + '['.repeat(5_000)];

/** Bad bodies derived from the route's schema: its plausible body with fields broken, dropped or added, or no object at all. */
export function badBody(schema: Schema, base: Record<string, unknown>): fc.Arbitrary<BodyCase> {
  const props = Object.keys(schema.properties ?? {});
  const required = schema.required ?? [];
  const mutateFields =
    props.length === 0
      ? fc.constant(base)
      : fc
          .uniqueArray(fc.constantFrom(...props), { minLength: 1, maxLength: props.length })
          .chain((keys) => fc.tuple(fc.constant(keys), fc.array(badValue, { minLength: keys.length, maxLength: keys.length })))
          .map(([keys, values]) => ({ ...base, ...Object.fromEntries(keys.map((k, i) => [k, values[i]])) }));
  const cases: fc.Arbitrary<BodyCase>[] = [
    mutateFields.map((json) => ({ json })),
    fc.dictionary(unknownKey, badValue, { minKeys: 1, maxKeys: 3 }).map((extra) => ({ json: { ...base, ...extra } })),
    fc.oneof(badValue, fc.constant([]), fc.constant([base])).map((json) => ({ json })),
    fc.constantFrom(...MALFORMED_JSON).map((raw) => ({ raw })),
  ];
  if (required.length > 0) {
    cases.push(
      fc.uniqueArray(fc.constantFrom(...required), { minLength: 1 }).map((drop) => ({ json: Object.fromEntries(Object.entries(base).filter(([k]) => !drop.includes(k))) })),
    );
  }
  return fc.oneof(...cases);
}

/** Of the value's own type, but chosen to hurt: nasty strings for strings, edge numbers for numbers, odd arrays for arrays. */
function sameType(schema: Schema | undefined): fc.Arbitrary<unknown> {
  if (schema?.enum?.length) return fc.constantFrom(...schema.enum, ...NASTY_STRINGS.slice(0, 5));
  switch (schema?.type) {
    case 'string':
      return nastyString;
    case 'number':
    case 'integer':
      return nastyNumber;
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(sameType(schema.items), { maxLength: 25 });
    default:
      return badValue;
  }
}

/** The plausible body with one to all fields replaced by hurtful values of the right type: these get past validation to the database. */
export function typedBody(schema: Schema, base: Record<string, unknown>): fc.Arbitrary<BodyCase> {
  const props = Object.entries(schema.properties ?? {});
  if (props.length === 0) return fc.constant({ json: base });
  return fc
    .uniqueArray(fc.constantFrom(...props), { minLength: 1, maxLength: props.length, selector: ([k]) => k })
    .chain((chosen) => fc.tuple(...chosen.map(([k, v]) => sameType(v).map((value) => [k, value] as const))))
    .map((pairs) => ({ json: { ...base, ...Object.fromEntries(pairs) } }));
}

/** Text for a query value or a path segment, possibly with raw (already percent-encoded, or broken) escapes. */
export type UrlPiece = { text: string } | { raw: string };

const RAW_URL_PIECES = ['%', '%Z', '%zz', '%FF', '%C3%28', '%ED%A0%80', '%00', '%2F', '%2e%2e', '..', '.', '%20', '+', '%25', ';', '[]', '%5B%5D'];

export const badUrlPiece: fc.Arbitrary<UrlPiece> = fc.oneof(
  { weight: 3, arbitrary: fc.oneof(urlString, nastyNumber.map(String)).map((text) => ({ text })) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_URL_PIECES).map((raw) => ({ raw })) },
);

/** Percent-encodes a piece; lone surrogates (which encodeURIComponent refuses) become their CESU-8 bytes, which are not UTF-8. */
export function encodePiece(piece: UrlPiece): string {
  if ('raw' in piece) return piece.raw;
  return piece.text.replace(/[\uD800-\uDFFF]|[^\uD800-\uDFFF]+/g, (part) => {
    try {
      return encodeURIComponent(part);
    } catch {
      const c = part.charCodeAt(0);
      return `%${(0xe0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 0x3f)).toString(16)}%${(0x80 | (c & 0x3f)).toString(16)}`.toUpperCase();
    }
  });
}

/** A query string with one or more declared parameters broken (wrong type, repeated, bracketed) and maybe an unknown one. */
export function badQuery(params: QueryParam[]): fc.Arbitrary<string> {
  const known = params.map((p) => p.name);
  const names = known.length > 0 ? fc.oneof(fc.constantFrom(...known), unknownKey.filter((k) => k.length > 0)) : unknownKey.filter((k) => k.length > 0);
  const entry = fc.tuple(names, fc.constantFrom('plain', 'repeat', 'bracket', 'empty'), badUrlPiece, badUrlPiece).map(([name, shape, a, b]) => {
    const key = encodeURIComponent(name);
    switch (shape) {
      case 'repeat':
        return `${key}=${encodePiece(a)}&${key}=${encodePiece(b)}`;
      case 'bracket':
        return `${key}[${encodePiece(b)}]=${encodePiece(a)}`;
      case 'empty':
        return key;
      default:
        return `${key}=${encodePiece(a)}`;
    }
  });
  return fc.array(entry, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('&'));
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Sends exactly this path and body: no normalisation, no encoding, no refusal of odd bytes. */
export function rawRequest(port: number, method: string, path: string, headers: Record<string, string>, body?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(body, 'utf8');
    const req = httpRequest(
      { host: '127.0.0.1', port, method, path, headers: { ...headers, ...(payload ? { 'content-length': String(payload.length) } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
