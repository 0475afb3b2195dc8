// The images rules, sorted by id. Every rule file is listed here by hand: no globbing.
import type { Rule } from '../rule.ts';

export default [] as Rule[];
