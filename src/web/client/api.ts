import type { UiLang } from './ui-texts.js';

let language: UiLang = 'kk';

/** The language the server answers messages in (sent as Accept-Language with every request). */
export function setApiLanguage(lang: UiLang): void {
  language = lang;
}

/**
 * A request that did not give what was asked: the server's message (already in the UI language) and its code, or
 * no reply at all (`status` 0: the server cannot be reached).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

function isErrorReply(body: unknown): body is { error: { code?: string; message?: string } } {
  return typeof body === 'object' && body !== null && 'error' in body && typeof (body as { error: unknown }).error === 'object';
}

/**
 * Sends a request; every reply that is not a success is an ApiError with the server's message, except a 422 that
 * carries problems instead of an error (data with errors, an import refused with its reasons): that is a result.
 */
async function send(url: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { accept: 'application/json', 'accept-language': language, ...(init.headers as Record<string, string> | undefined) },
    });
  } catch {
    throw new ApiError(0, '');
  }
  if (response.ok) return response;
  const body = (await response
    .clone()
    .json()
    .catch(() => undefined)) as unknown;
  if (response.status === 422 && body !== undefined && !isErrorReply(body)) return response;
  const error = isErrorReply(body) ? body.error : undefined;
  throw new ApiError(response.status, error?.message ?? `${response.status} ${response.statusText}`.trim(), error?.code);
}

export async function getJson<T>(url: string): Promise<T> {
  return (await (await send(url)).json()) as T;
}

/** POSTs JSON; a 422 reply with problems (the data has errors) is returned as data too. */
export async function postJson<T>(url: string, body: unknown): Promise<T> {
  return (await (await send(url, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } })).json()) as T;
}

export async function postForm<T>(url: string, form: FormData): Promise<T> {
  return (await (await send(url, { method: 'POST', body: form })).json()) as T;
}

/** POSTs JSON and returns a file, or the problems that prevented it. */
export async function postForFile(url: string, body: unknown): Promise<{ blob: Blob; fileName: string } | { problems: Problem[] }> {
  const response = await send(url, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  if (response.status === 422) return (await response.json()) as { problems: Problem[] };
  return { blob: await response.blob(), fileName: fileNameOf(response) };
}

/** POSTs a form and returns the file the server answers with. */
export async function postFormForFile(url: string, form: FormData): Promise<{ blob: Blob; fileName: string }> {
  const response = await send(url, { method: 'POST', body: form });
  return { blob: await response.blob(), fileName: fileNameOf(response) };
}

export async function getFile(url: string): Promise<{ blob: Blob; fileName: string }> {
  const response = await send(url);
  return { blob: await response.blob(), fileName: fileNameOf(response) };
}

function fileNameOf(response: Response): string {
  return /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'download';
}

export interface Problem {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  place: { file?: string; pointer?: string; line?: number; column?: number };
  expected?: string;
  fix?: { description: string; value?: unknown };
}
