import type { Bidi } from 'bidi-js';
import * as bidiModule from 'bidi-js';

// bidi-js is CommonJS typed as an ES module: its factory is the module's default export at run time.
const factory = (bidiModule as unknown as { default: () => Bidi }).default;

/** The Unicode bidirectional algorithm (UAX #9), one instance for the process. */
export const bidi: Bidi = factory();
