import { createKzCalendar, type DayTransfer } from '../../core/calendar/index.js';
import { toDecimal, toNumber } from '../../core/decimal/index.js';
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

const samePerson = (a: string, b: string) => a.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim() === b.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Corps "B" calibration session (points 20-23): an odd number of members, at least three; neither the appellant
 * nor the evaluator among them; an employee of the HR service among them; the final score is the one a majority of
 * the members voted for (a session without a majority is an error), higher or lower than the contested score.
 * The decision to hold the session is due within 3 working days of the application, the session within 10.
 */
export const kzBCalibration: RuleModule = {
  id: 'kz-b-calibration',
  apply(data) {
    const input = data as Input;
    const findings: Finding[] = [];
    const count = input.members.length;
    if (count < 3 || count % 2 === 0) findings.push({ ruleId: 'calibration-size', pointer: '/members', severity: 'error', values: { count } });
    input.members.forEach((member, index) => {
      for (const [role, person] of [['appellant', input.appellant], ['evaluator', input.evaluator]] as const) {
        if (samePerson(member.fullName, person.fullName)) findings.push({ ruleId: `calibration-${role}-member`, pointer: `/members/${index}`, severity: 'error', values: { name: member.fullName } });
      }
    });
    if (!input.members.some((member) => member.hrService)) findings.push({ ruleId: 'calibration-no-hr', pointer: '/members', severity: 'error' });
    const tally = new Map<string, number>();
    for (const member of input.members) tally.set(toDecimal(member.vote).toString(), (tally.get(toDecimal(member.vote).toString()) ?? 0) + 1);
    const votes = [...tally].map(([score, votes]) => ({ score: Number(score), votes })).sort((a, b) => b.votes - a.votes || a.score - b.score);
    const winner = votes[0] && votes[0].votes * 2 > count ? votes[0] : undefined;
    if (!winner && count > 0) findings.push({ ruleId: 'calibration-no-majority', pointer: '/members', severity: 'error', values: { votes: votes.map((vote) => `${vote.score}: ${vote.votes}`).join('; ') } });
    const calendar = createKzCalendar(input.calendar?.transfers);
    const session = calendar.addWorkingDays(input.applicationDate, 10);
    if (input.date > session) findings.push({ ruleId: 'calibration-late', pointer: '/date', severity: 'warning', values: { date: input.date, deadline: session } });
    const final = winner ? toDecimal(winner.score) : undefined;
    return {
      computed: {
        votes,
        finalScore: final ? toNumber(final) : null,
        rating: final ? rateBScore(final) : null,
        change: final ? (final.gt(input.contestedScore) ? 'raised' : final.lt(input.contestedScore) ? 'lowered' : 'unchanged') : null,
        deadlines: { decision: calendar.addWorkingDays(input.applicationDate, 3), session },
      },
      findings,
    };
  },
};
