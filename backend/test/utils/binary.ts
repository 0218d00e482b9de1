import type request from 'supertest';

/** Collects a binary answer as a Buffer (supertest only parses text and JSON by itself). */
type Parser = Parameters<request.Test['parse']>[0];
export const binary = ((res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}) as unknown as Parser;
