// Safe text without zod: the checks the schemas run and the helpers every reader displays text through. A subpath
// of its own (`@concord/core/text`) so the web bundle can use it without pulling in the schemas.
export { codePointLabel, describeCharacter } from './characters.ts';
export { type RevealOptions, revealInvisible, toDisplayJson } from './reveal.ts';
export { findTextProblem, type TextProblem, type TextProblemKind, type TextShape } from './safe-text.ts';
