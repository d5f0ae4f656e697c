/** Room left for the frame's own scroll bar and the pages' shadow. */
const margin = 24;

/**
 * Scales the preview's pages down to the frame's width (never up), so that a landscape page or a wide table is
 * seen whole: the frame's document is zoomed (a style set from the script, which the CSP allows). Done again
 * whenever the frame's width changes. The scale is kept in `data-scale`.
 */
export function fitPreview(frame: HTMLIFrameElement): void {
  const root = frame.contentDocument?.documentElement;
  if (!root || frame.clientWidth === 0) return;
  root.style.setProperty('zoom', '1');
  const widest = Math.max(0, ...[...root.querySelectorAll<HTMLElement>('.page')].map((page) => page.offsetWidth));
  const scale = widest === 0 ? 1 : Math.min(1, (frame.clientWidth - margin) / widest);
  const rounded = Math.floor(scale * 1000) / 1000;
  root.style.setProperty('zoom', String(rounded));
  frame.dataset.scale = String(rounded);
}

/** Keeps the preview fitted: when a document is shown in it and when its width changes. */
export function keepPreviewFitted(frame: HTMLIFrameElement): void {
  frame.addEventListener('load', () => fitPreview(frame));
  new ResizeObserver(() => fitPreview(frame)).observe(frame);
}
