import type { FastifyInstance } from 'fastify';

interface Part {
  type: 'field' | 'file';
  value?: unknown;
  valueTruncated?: boolean;
  toBuffer?: () => Promise<Buffer>;
}

/**
 * A multipart body as `{ name: value }` (a file as its bytes), like JSON, for the route's schema to check. A text
 * field longer than the multipart `fieldSize` is refused (`QUJAT_FIELD_TOO_LARGE`, 413), never cut short.
 */
export function flattenMultipart(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (!request.isMultipart() || !request.body || typeof request.body !== 'object') return;
    const body: Record<string, unknown> = {};
    for (const [name, entry] of Object.entries(request.body as Record<string, Part | Part[]>)) {
      const values: unknown[] = [];
      for (const part of Array.isArray(entry) ? entry : [entry]) {
        if (part.type === 'field' && part.valueTruncated)
          throw Object.assign(new Error(`the field ${name} is too large`), { code: 'QUJAT_FIELD_TOO_LARGE', statusCode: 413 });
        values.push(part.type === 'file' ? await part.toBuffer!() : part.value);
      }
      body[name] = values.length === 1 ? values[0] : values;
    }
    request.body = body;
  });
}
