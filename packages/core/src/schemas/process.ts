import { z } from 'zod';
import { Id } from '../ids.ts';
import { IsoUtc } from '../time.ts';
import { Audience, PUBLIC } from './audience.ts';
import { LIMITS, LogIndex, MULTILINE, nonEmptyPatch, optionalText, text } from './common.ts';

/** A peace process: the container of parties and plans (e.g. "Russia–Ukraine 2025"). */
export const Process = z.strictObject({
  id: Id,
  title: text(LIMITS.title),
  description: optionalText(LIMITS.longText, MULTILINE),
  createdAt: IsoUtc,
  /** Public, or only the process's members (a wholly confidential process). */
  audience: Audience,
  logIndex: LogIndex,
});
export type Process = z.infer<typeof Process>;

export const ProcessCreate = z.strictObject({
  title: text(LIMITS.title),
  description: optionalText(LIMITS.longText, MULTILINE).default(''),
  audience: Audience.default(PUBLIC),
});
export type ProcessCreate = z.infer<typeof ProcessCreate>;

export const ProcessUpdate = nonEmptyPatch({
  title: text(LIMITS.title),
  description: optionalText(LIMITS.longText, MULTILINE),
});
export type ProcessUpdate = z.infer<typeof ProcessUpdate>;
