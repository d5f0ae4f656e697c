/** A numbered line in a sequence of chapters or headings. */
export interface Numbered<T> {
  at: T;
  value: number;
}

/** What is wrong with one number of a sequence: a repeat, a gap (with the number expected), or a number out of order. */
export type SequenceProblem<T> = { at: T; value: number; kind: 'repeat' | 'gap'; expected: number } | { at: T; value: number; kind: 'order' };

/**
 * The problems of a sequence of chapter (or heading) numbers, as few as explain it: the numbers outside the longest
 * run that goes up (the earliest such run) are out of order or repeats; a number skipped in that run is a gap, unless
 * the numbers out of order account for it (chapters 1, 3, 2, 4: one number out of place, not three gaps), a repeat
 * stands where it was meant (1, 2, 2, 4: the second 2 was the 3), or `explained` of them are missing sections'
 * (1, 2, 4 where a section is missing: inserting it fills the number).
 */
export function checkSequence<T>(items: Numbered<T>[], explained: number): SequenceProblem<T>[] {
  const n = items.length;
  // Longest strictly increasing run from each item on, then the earliest such run.
  const longest = Array.from({ length: n }, () => 1);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = i + 1; j < n; j += 1) if (items[j]!.value > items[i]!.value) longest[i] = Math.max(longest[i]!, longest[j]! + 1);
  }
  const best = Math.max(0, ...longest);
  const kept = new Set<number>();
  let need = best;
  let floor = -Infinity;
  for (let i = 0; i < n && need > 0; i += 1) {
    if (items[i]!.value > floor && longest[i] === need) {
      kept.add(i);
      floor = items[i]!.value;
      need -= 1;
    }
  }
  const outside = items.filter((_, index) => !kept.has(index)).map((item) => item.value);
  const problems: SequenceProblem<T>[] = [];
  let previous: { index: number; value: number } = { index: -1, value: 0 };
  let budget = explained;
  items.forEach((item, index) => {
    if (!kept.has(index)) {
      const repeat = index > 0 && items[index - 1]!.value === item.value;
      problems.push(repeat ? { at: item.at, value: item.value, kind: 'repeat', expected: item.value + 1 } : { at: item.at, value: item.value, kind: 'order' });
      return;
    }
    const skipped = Array.from({ length: Math.max(0, item.value - previous.value - 1) }, (_, offset) => previous.value + 1 + offset);
    const fillers = items.slice(previous.index + 1, index).filter((_, offset) => !kept.has(previous.index + 1 + offset)).length;
    const unexplained = skipped.filter((value) => !outside.includes(value)).length - fillers;
    if (unexplained > 0) {
      if (unexplained <= budget) budget -= unexplained;
      else problems.push({ at: item.at, value: item.value, kind: 'gap', expected: previous.value + 1 });
    }
    previous = { index, value: item.value };
  });
  return problems;
}
