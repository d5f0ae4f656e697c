import type { Finding, RuleModule } from '../rule-module.js';

interface Candidate {
  fullName: string;
  positionId: string;
  kind: 'ready' | 'prospective';
}

interface Input {
  positions: { id: string; title: string }[];
  candidates: Candidate[];
}

/** Folds case and spaces so that «Асанов  Бақыт» and «асанов бақыт» are one person. */
const personKey = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Cadre reserve list (rules, point 7): every candidate stands for a listed position; a person may stand for several
 * positions but only once for each. The candidates are grouped per position into the two lists of point 7:
 * ready now (`ready`) and promising, to be prepared within a term (`prospective`).
 */
export const kzReserveList: RuleModule = {
  id: 'kz-reserve-list',
  ids: ['unknown-position', 'duplicate-candidate'],
  severities: ['error'],
  messageKeys: ['rule.unknown-position.message', 'rule.unknown-position.expected', 'rule.duplicate-candidate.message', 'rule.duplicate-candidate.expected'],
  doc: 'A candidate for a position the list does not have, or the same person twice for one position.',
  computesPerValue: true,
  apply(data) {
    // While the list is being filled in any value may be missing: a check is made only when its inputs are there,
    // and a position's two lists are null while a candidate who may stand for it has no position or kind yet.
    const { positions, candidates } = (data ?? {}) as {
      positions?: (Partial<Input['positions'][number]> | null)[];
      candidates?: (Partial<Candidate> | null)[];
    };
    const findings: Finding[] = [];
    if (!Array.isArray(positions) || !Array.isArray(candidates)) {
      return { computed: { positions: null, candidates: Array.isArray(candidates) ? candidates.length : null }, findings };
    }
    const allIds = positions.every((position) => typeof position?.id === 'string');
    const known = new Set(positions.map((position) => position?.id));
    const seen = new Map<string, number>();
    candidates.forEach((candidate, index) => {
      if (typeof candidate?.positionId !== 'string') return;
      if (allIds && !known.has(candidate.positionId)) {
        findings.push({
          ruleId: 'unknown-position',
          pointer: `/candidates/${index}/positionId`,
          severity: 'error',
          values: { position: candidate.positionId, positions: [...known].join(', ') },
        });
      }
      if (typeof candidate.fullName !== 'string') return;
      const key = `${personKey(candidate.fullName)}\u0000${candidate.positionId}`;
      const first = seen.get(key);
      if (first !== undefined) {
        findings.push({
          ruleId: 'duplicate-candidate',
          pointer: `/candidates/${index}`,
          severity: 'error',
          values: { name: candidates[first]!.fullName!, position: candidate.positionId, first: first + 1 },
        });
      } else seen.set(key, index);
    });
    const placed = candidates.every((candidate) => typeof candidate?.positionId === 'string');
    const grouped = positions.map((position) => {
      const id = position?.id;
      if (typeof id !== 'string' || !placed) return { id: id ?? null, ready: null, prospective: null };
      const own = candidates.filter((candidate) => candidate!.positionId === id) as Partial<Candidate>[];
      if (own.some((candidate) => typeof candidate.kind !== 'string')) return { id, ready: null, prospective: null };
      return { id, ready: own.filter((c) => c.kind === 'ready'), prospective: own.filter((c) => c.kind === 'prospective') };
    });
    return { computed: { positions: grouped, candidates: candidates.length }, findings };
  },
};
