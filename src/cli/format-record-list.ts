/** Record numbers as a short list, runs as ranges: 1, 3–5, 9. */
export function formatRecordList(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let index = 0; index < numbers.length; index += 1) {
    let end = index;
    while (end + 1 < numbers.length && numbers[end + 1] === numbers[end]! + 1) end += 1;
    parts.push(end > index + 1 ? `${numbers[index]}–${numbers[end]}` : end === index + 1 ? `${numbers[index]}, ${numbers[end]}` : `${numbers[index]}`);
    index = end;
  }
  return parts.join(', ');
}
