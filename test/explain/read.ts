/**
 * How the explain() tests read one reply: the rule of the main finding, as the line a user pastes and
 * inside a DSN whose Status is the generic 5.0.0 / 4.0.0 (probeDsn), so the reply's words decide.
 */
import { explain } from '../../core/explain/index.ts';
import { probeDsn } from './probes.ts';

export const ruleOf = (text: string): string | undefined => explain(text, { analyzeReturned: false }).findings[0]?.rule;

/** [as a pasted line, inside a DSN with a generic status] */
export const both = (reply: string): (string | undefined)[] => [ruleOf(reply), ruleOf(probeDsn(reply))];
