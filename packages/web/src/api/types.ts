// The JSON the web application reads from the HTTP API (ARCHITECTURE.md, "HTTP API"). These are the wire
// shapes the pages rely on; the server builds them from core's zod schemas.
export type Lang = string;

export type ProcessSummary = {
  id: string;
  title: string;
  description: string;
  createdAt: string;
  logIndex: number;
};

export type PartyKind = 'party' | 'mediator' | 'intermediary' | 'guarantor' | 'monitor' | 'observer';

export type Party = {
  id: string;
  processId: string;
  name: string;
  kind: PartyKind;
  aliases: string[];
  logIndex: number;
};

export type PlanSummary = {
  id: string;
  processId: string;
  title: string;
  mediatorPartyId: string | null;
  logIndex: number;
};

export type VersionStatus = 'draft' | 'circulated' | 'final';

export type VersionSummary = {
  id: string;
  planId: string;
  parentVersionId: string | null;
  label: string;
  issuedOn: string | null;
  status: VersionStatus;
  note: string;
  logIndex: number;
};

export type Quantity = { value: number; unit: string; text: string };
export type Condition = { if: string; then: string };

export type Point = {
  id: string;
  versionId: string;
  lineageId: string;
  parentPointId: string | null;
  ordinal: number;
  number: string;
  text: Record<Lang, string>;
  categories: string[];
  quantities: Quantity[];
  conditions: Condition[];
  logIndex: number;
};

export type Due = { date: string } | { event: string } | null;

export type Commitment = {
  id: string;
  versionId: string;
  pointId: string;
  obligor: string;
  beneficiary: string | null;
  action: string;
  due: Due;
  verification: string | null;
  logIndex: number;
};

export type ProcessDetail = ProcessSummary & { parties: Party[]; plans: PlanSummary[] };
export type PlanDetail = PlanSummary & { versions: VersionSummary[] };
export type VersionDetail = VersionSummary & { points: Point[]; commitments: Commitment[] };
export type List<T> = { items: T[] };

export type CheckpointAnswer = { checkpoint: string; size: number; rootHash: string; verifierKey: string };

export type LogEntryAnswer = {
  index: number;
  eventId: string;
  type: string;
  event: unknown;
  salt: string;
  leafHash: string;
  committedAt: string;
};

export type InclusionAnswer = { index: number; size: number; leafHash: string; proof: string[] };
