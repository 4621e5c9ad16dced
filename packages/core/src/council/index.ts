// The council: its decision rule as data, the outcome of a motion computed from it, and the rule in words.
export { decideMotion } from './decide-motion.ts';
export { describeRule } from './describe-rule.ts';
