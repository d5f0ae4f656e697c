import { createKzCalendar, type DayTransfer } from '../../core/calendar/index.js';
import { toDecimal, toNumber } from '../../core/decimal/index.js';
import { completeTransfers } from '../common/complete-inputs.js';
import type { Finding, RuleModule } from '../rule-module.js';
import { rateBScore } from './rate-b-score.js';

interface Person {
  fullName: string;
}

interface Input {
  date: string;
  applicationDate: string;
  appellant: Person;
  evaluator: Person;
  contestedScore: number;
  members: (Person & { hrService?: boolean; vote: number })[];
  calendar?: { transfers?: DayTransfer[] };
}

const samePerson = (a: string, b: string) =>
  a.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim() === b.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Corps "B" calibration session (points 20-23): an odd number of members, at least three; neither the appellant
 * nor the evaluator among them; an employee of the HR service among them; the final score is the one a majority of
 * the members voted for (a session without a majority is an error), higher or lower than the contested score.
 * The decision to hold the session is due within 3 working days of the application, the session within 10.
 */
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export const kzBCalibration: RuleModule = {
  id: 'kz-b-calibration',
  ids: ['calibration-size', 'calibration-appellant-member', 'calibration-evaluator-member', 'calibration-no-hr', 'calibration-no-majority', 'calibration-late'],
  severities: ['error', 'warning'],
  messageKeys: [
    'rule.calibration-size.message',
    'rule.calibration-size.expected',
    'rule.calibration-appellant-member.message',
    'rule.calibration-appellant-member.expected',
    'rule.calibration-evaluator-member.message',
    'rule.calibration-evaluator-member.expected',
    'rule.calibration-no-hr.message',
    'rule.calibration-no-hr.expected',
    'rule.calibration-no-majority.message',
    'rule.calibration-no-majority.expected',
    'rule.calibration-late.message',
    'rule.calibration-late.expected',
  ],
  doc: "The commission's size, its members (neither the evaluator nor the appellant, one of the HR service), the majority, and the session's deadline.",
  computesPerValue: true,
  apply(data) {
    // While the protocol is being filled in any value may be missing: each value and finding below is computed from
    // its own inputs only, and is null (or not given) while one of them is missing.
    const input = (data ?? {}) as Partial<Input>;
    const findings: Finding[] = [];
    const members = Array.isArray(input.members)
      ? input.members.map((member) => (member !== null && typeof member === 'object' ? member : undefined))
      : undefined;
    const count = members?.length ?? 0;
    if (members && (count < 3 || count % 2 === 0)) findings.push({ ruleId: 'calibration-size', pointer: '/members', severity: 'error', values: { count } });
    members?.forEach((member, index) => {
      for (const [role, person] of [
        ['appellant', input.appellant],
        ['evaluator', input.evaluator],
      ] as const) {
        if (typeof member?.fullName === 'string' && typeof person?.fullName === 'string' && samePerson(member.fullName, person.fullName))
          findings.push({ ruleId: `calibration-${role}-member`, pointer: `/members/${index}`, severity: 'error', values: { name: member.fullName } });
      }
    });
    if (members?.every((member) => member !== undefined) && !members.some((member) => member!.hrService))
      findings.push({ ruleId: 'calibration-no-hr', pointer: '/members', severity: 'error' });
    const allVotes = members?.every((member) => isNumber(member?.vote)) ? members.map((member) => member!.vote) : undefined;
    const tally = new Map<string, number>();
    for (const vote of allVotes ?? []) tally.set(toDecimal(vote).toString(), (tally.get(toDecimal(vote).toString()) ?? 0) + 1);
    const votes = [...tally].map(([score, votes]) => ({ score: Number(score), votes })).sort((a, b) => b.votes - a.votes || a.score - b.score);
    const winner = votes[0] && votes[0].votes * 2 > count ? votes[0] : undefined;
    if (allVotes && !winner && count > 0)
      findings.push({
        ruleId: 'calibration-no-majority',
        pointer: '/members',
        severity: 'error',
        values: { votes: votes.map((vote) => `${vote.score}: ${vote.votes}`).join('; ') },
      });
    const transfers = completeTransfers(input.calendar);
    const calendar = createKzCalendar(transfers ?? undefined);
    // A day transfer still being typed leaves the deadlines (in working days) unknown.
    const applied = typeof input.applicationDate === 'string' && transfers !== null ? input.applicationDate : undefined;
    const session = applied === undefined ? null : calendar.addWorkingDays(applied, 10);
    if (session !== null && typeof input.date === 'string' && input.date > session)
      findings.push({ ruleId: 'calibration-late', pointer: '/date', severity: 'warning', values: { date: input.date, deadline: session } });
    const final = winner ? toDecimal(winner.score) : undefined;
    const contested = isNumber(input.contestedScore) ? input.contestedScore : undefined;
    return {
      computed: {
        votes: allVotes ? votes : null,
        finalScore: final ? toNumber(final) : null,
        rating: final ? rateBScore(final) : null,
        change: final && contested !== undefined ? (final.gt(contested) ? 'raised' : final.lt(contested) ? 'lowered' : 'unchanged') : null,
        deadlines: { decision: applied === undefined ? null : calendar.addWorkingDays(applied, 3), session },
      },
      findings,
    };
  },
};
