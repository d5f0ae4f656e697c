import type { FastifyReply, FastifyRequest } from 'fastify';

import type { OutputFormat } from '../../pipeline/index.js';
import type { WorkTask } from './run-work-task.js';
import { sendError } from './send-error.js';
import type { WorkPool } from './work-pool.js';

const contentTypes: Record<OutputFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Runs a request's costly part on the work pool and sends its reply: JSON, a file, or a clear refusal. */
export async function sendWork(request: FastifyRequest, reply: FastifyReply, pool: WorkPool, task: WorkTask): Promise<FastifyReply> {
  const outcome = await pool.run(task);
  if (!outcome.ok) return sendError(request, reply, outcome.status, outcome.code, outcome.values);
  const { result } = outcome;
  if (result.type === 'json') return reply.code(result.status).send(result.body);
  return reply
    .type(contentTypes[result.format])
    .header('content-disposition', `attachment; filename="${result.fileName}"`)
    .send(Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength));
}
