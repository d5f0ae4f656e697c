/** The status line of a page: what is going on (`busy`), that all is well (`valid`), or what went wrong (`invalid`). */
export function showStatus(element: HTMLElement, kind: 'valid' | 'invalid' | 'busy' | '', text: string): void {
  element.className = `status ${kind}`.trim();
  element.textContent = text;
}
