/** Calls `action` once `wait` ms have passed without another call. */
export function debounce<A extends unknown[]>(action: (...args: A) => void, wait: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => action(...args), wait);
  };
}
