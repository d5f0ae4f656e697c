import type { Problem } from '../../core/problems/index.js';

const rank: Record<Problem['severity'], number> = { error: 0, warning: 1, info: 2 };

/** At most `limit` problems, the most severe first (errors, then warnings, then notes), in their own order. */
export function keepMostSevere(problems: readonly Problem[], limit: number): Problem[] {
  if (problems.length <= limit) return [...problems];
  const kept = new Set(
    problems
      .map((problem, index) => ({ problem, index }))
      .sort((a, b) => rank[a.problem.severity] - rank[b.problem.severity] || a.index - b.index)
      .slice(0, limit)
      .map(({ problem }) => problem),
  );
  return problems.filter((problem) => kept.has(problem));
}
