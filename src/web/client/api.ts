import type { UiLang } from './ui-texts.js';

let language: UiLang = 'kk';

/** The language the server answers messages in (sent as Accept-Language with every request). */
export function setApiLanguage(lang: UiLang): void {
  language = lang;
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly body: unknown) {
    super(message);
  }
}

async function send(url: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(url, { ...init, headers: { 'accept-language': language, ...(init.headers as Record<string, string> | undefined) } });
  if (response.ok || response.status === 422) return response;
  const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
  throw new ApiError(response.status, body.error?.message ?? `${response.status} ${response.statusText}`, body);
}

export async function getJson<T>(url: string): Promise<T> {
  return (await (await send(url)).json()) as T;
}

/** POSTs JSON; a 422 reply (the data has problems) is returned as data too. */
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
  const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'download';
  return { blob: await response.blob(), fileName };
}

export async function getFile(url: string): Promise<{ blob: Blob; fileName: string }> {
  const response = await send(url);
  const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'download';
  return { blob: await response.blob(), fileName };
}

export interface Problem {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  place: { file?: string; pointer?: string; line?: number; column?: number };
  expected?: string;
  fix?: { description: string; value?: unknown };
}
