import { z } from 'zod';
import { Id } from '../ids.ts';
import { IsoUtc } from '../time.ts';
import { LIMITS, LogIndex, nonEmptyPatch, optionalText, text } from './common.ts';

/** A peace process: the container of parties and plans (e.g. "Russia–Ukraine 2025"). */
export const Process = z.strictObject({
  id: Id,
  title: text(LIMITS.title),
  description: optionalText(LIMITS.longText),
  createdAt: IsoUtc,
  logIndex: LogIndex,
});
export type Process = z.infer<typeof Process>;

export const ProcessCreate = z.strictObject({
  title: text(LIMITS.title),
  description: optionalText(LIMITS.longText).default(''),
});
export type ProcessCreate = z.infer<typeof ProcessCreate>;

export const ProcessUpdate = nonEmptyPatch({
  title: text(LIMITS.title),
  description: optionalText(LIMITS.longText),
});
export type ProcessUpdate = z.infer<typeof ProcessUpdate>;
