// Plain-text import: a numbered plan as it circulates, read into points (`@concord/core/plain-text`).
export { type FoundCondition, findConditions } from './conditions.ts';
export { countParsed, type ParseOptions, parsePlan } from './parse-plan.ts';
export { partyMatcher } from './parties.ts';
export { type FoundQuantity, findQuantities } from './quantities.ts';
export { ParsedLine, ParsedPlan, ParsedPoint, PartyNames, PLAIN_TEXT_LIMITS } from './schemas.ts';
