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
  apply(data) {
    const { positions, candidates } = data as Input;
    const findings: Finding[] = [];
    const known = new Set(positions.map((position) => position.id));
    const seen = new Map<string, number>();
    candidates.forEach((candidate, index) => {
      if (!known.has(candidate.positionId)) {
        findings.push({ ruleId: 'unknown-position', pointer: `/candidates/${index}/positionId`, severity: 'error', values: { position: candidate.positionId, positions: [...known].join(', ') } });
      }
      const key = `${personKey(candidate.fullName)}\u0000${candidate.positionId}`;
      const first = seen.get(key);
      if (first !== undefined) {
        findings.push({ ruleId: 'duplicate-candidate', pointer: `/candidates/${index}`, severity: 'error', values: { name: candidates[first]!.fullName, position: candidate.positionId, first: first + 1 } });
      } else seen.set(key, index);
    });
    const grouped = positions.map((position) => {
      const own = candidates.filter((candidate) => candidate.positionId === position.id);
      return { id: position.id, ready: own.filter((c) => c.kind === 'ready'), prospective: own.filter((c) => c.kind === 'prospective') };
    });
    return { computed: { positions: grouped, candidates: candidates.length }, findings };
  },
};
