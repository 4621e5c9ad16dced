export const LEDGER_VERSION = 1;
