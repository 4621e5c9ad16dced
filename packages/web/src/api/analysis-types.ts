// The answers of the confidential analysis API (CONTRACT: GET /api/versions/:id/domain and /analysis). Types
// only; the engine's own types are not imported (web talks to the engine over HTTP only).

export type DomainOption = {
  label: string;
  /** The variant's full text; null for the point's absence. */
  text: string | null;
  quantities: string[];
  versionIds: string[];
  versionLabels: string[];
  kind: 'variant' | 'deleted' | 'absent';
};

export type DomainIssue = {
  name: string;
  lineageId: string;
  number: string;
  title: string;
  inTarget: boolean;
  draftOption: number;
  options: DomainOption[];
};

export type DomainAnswer = {
  versionId: string;
  planId: string;
  language: string;
  outcomes: number | string;
  issues: DomainIssue[];
};

export type PointChange = { issue: string; lineageId: string; from: string; to: string; sentence: string };

export type SolutionName = 'nash' | 'kalaiSmorodinsky' | 'egalitarian' | 'maxWelfare';

export type Solution = {
  utilities: number[];
  packages: { changes: PointChange[]; text: string }[];
  count: number;
};

export type AcceptableCount =
  | { kind: 'exact'; value: number | string; method?: string }
  | {
      kind: 'estimate';
      value: number;
      low: number;
      high: number;
      confidence: number;
      samples: number;
      method?: string;
    };

export type PlanAnalysis = {
  parties: string[];
  draft: { utilities: number[]; accepts: boolean[] };
  outcomes: number | string;
  acceptableToAll: AcceptableCount;
  frontier: { status: 'ok' | 'limit'; points: number[][]; message?: string };
  acceptableFrontier: { status: string; size?: number; message?: string };
  solutions: Record<SolutionName, Solution | null>;
  smallestChange:
    | {
        status: 'found';
        changed: number;
        utilities: number[];
        changes: PointChange[];
        text: string;
        alternatives: number;
      }
    | { status: 'none'; text: string };
  disagreement: string;
  disagreementPoint: number[];
  notes: string[];
  timings: Record<string, number>;
};

export type PartyRow = {
  partyId: string;
  name: string;
  draftUtility: number;
  reservation: number;
  accepts: boolean;
};

export type IncompleteValuation = { partyId: string; name: string; points: string[] };

export type AnalysisAnswer =
  | {
      scope: 'own';
      versionId: string;
      parties: PartyRow[];
      /** The caller's own gaps only (its valuation missing, or incomplete on these points). */
      incomplete?: IncompleteValuation[];
      missing?: { partyId: string; name: string }[];
    }
  | {
      scope: 'full';
      versionId: string;
      parties: PartyRow[];
      incomplete: IncompleteValuation[];
      missing: { partyId: string; name: string }[];
      analysis: PlanAnalysis | null;
      notes?: string[];
      note?: string;
    };
