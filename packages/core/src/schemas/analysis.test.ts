// The analysis answers: what parses, what does not, and the OpenAPI component ids the server publishes them under.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import {
  AcceptableCount,
  Disagreement,
  PlanAnalysis,
  PlanDomainAnswer,
  PlanSmallestChange,
  VersionAnalysis,
} from './analysis.ts';

const fails = (result: { success: boolean }) => assert.equal(result.success, false);

const cap = {
  issue: 'Point 6',
  lineageId: 'lin-6',
  from: '600,000 personnel',
  to: '800,000 in peacetime',
  sentence: 'Point 6: replace "600,000 personnel" with the wording of E3: "800,000 in peacetime"',
};

const domain = {
  versionId: 'v28',
  planId: 'p1',
  language: 'en',
  outcomes: '36028797018963968',
  issues: [
    {
      name: 'Point 6',
      lineageId: 'lin-6',
      number: '6',
      title: 'Armed forces are capped',
      inTarget: true,
      draftOption: 0,
      options: [
        {
          label: '600,000 personnel',
          text: 'Armed forces are capped at 600,000 personnel.',
          quantities: ['600000 personnel'],
          versionIds: ['v28'],
          versionLabels: ['28-point draft'],
          kind: 'variant',
        },
        {
          label: '(point deleted)',
          text: null,
          quantities: [],
          versionIds: ['vE3'],
          versionLabels: ['E3'],
          kind: 'deleted',
        },
      ],
    },
  ],
};

const analysis = {
  parties: ['Ukraine', 'Russia'],
  draft: { utilities: [0.06, 1], accepts: [false, true] },
  outcomes: 8,
  acceptableToAll: { kind: 'exact', value: 2, method: 'depth-first' },
  frontier: { status: 'limit', points: [], message: 'frontier exceeds limit (3)' },
  acceptableFrontier: { status: 'ok', size: 2 },
  solutions: {
    nash: { utilities: [0.7, 0.64], packages: [{ changes: [cap], text: cap.sentence }], count: 1 },
    kalaiSmorodinsky: null,
    egalitarian: null,
    maxWelfare: null,
  },
  smallestChange: { status: 'none', text: 'No change lets every party reach its reservation value.' },
  disagreement: 'reservation',
  disagreementPoint: [0.45, 0.5],
  notes: [],
  timings: { total: 12.5 },
};

const rows = [{ partyId: 'ua', name: 'Ukraine', draftUtility: 0.06, reservation: 0.45, accepts: false }];

describe('the domain answer', () => {
  test('parses as given, a count beyond 2^53 as its decimal string', () => {
    assert.deepEqual(PlanDomainAnswer.parse(domain), domain);
  });

  test('refuses an unknown option kind, a fractional draft option and a missing text', () => {
    const issue = domain.issues[0] as (typeof domain.issues)[0];
    const option = issue.options[0] as (typeof issue.options)[0];
    const withIssue = (changes: object) => ({ ...domain, issues: [{ ...issue, ...changes }] });
    fails(PlanDomainAnswer.safeParse(withIssue({ options: [{ ...option, kind: 'merged' }] })));
    fails(PlanDomainAnswer.safeParse(withIssue({ draftOption: 0.5 })));
    const { text: _, ...withoutText } = option;
    fails(PlanDomainAnswer.safeParse(withIssue({ options: [withoutText] })));
  });
});

describe('the plan analysis', () => {
  test('parses as given', () => {
    assert.deepEqual(PlanAnalysis.parse(analysis), analysis);
  });

  test('a count is exact (a number or a decimal string) or an estimate with its whole interval', () => {
    const exact = { kind: 'exact', value: '36028797018963968', method: 'merged-states' };
    assert.deepEqual(AcceptableCount.parse(exact), exact);
    const estimate = {
      kind: 'estimate',
      value: 310.2,
      low: 290,
      high: 330,
      confidence: 0.99,
      samples: 20_000,
      method: 'monte-carlo',
    };
    assert.deepEqual(AcceptableCount.parse(estimate), estimate);
    const { low: _, ...noLow } = estimate;
    fails(AcceptableCount.safeParse(noLow));
    fails(AcceptableCount.safeParse({ ...estimate, value: '310' }));
    fails(AcceptableCount.safeParse({ ...exact, kind: 'guess' }));
  });

  test('the smallest change found carries its size and changes; none carries only its sentence', () => {
    const found = {
      status: 'found',
      changed: 1,
      utilities: [0.56, 0.8],
      changes: [cap],
      text: '',
      alternatives: 0,
    };
    assert.deepEqual(PlanSmallestChange.parse(found), found);
    const { changed: _, ...noSize } = found;
    fails(PlanSmallestChange.safeParse(noSize));
    fails(PlanSmallestChange.safeParse({ status: 'maybe', text: '' }));
  });

  test('refuses an unknown convention, a solution missing, and a frontier status other than ok or limit', () => {
    fails(PlanAnalysis.safeParse({ ...analysis, disagreement: 'median' }));
    const { maxWelfare: _, ...three } = analysis.solutions;
    fails(PlanAnalysis.safeParse({ ...analysis, solutions: three }));
    fails(PlanAnalysis.safeParse({ ...analysis, frontier: { status: 'partial', points: [] } }));
    assert.deepEqual(Disagreement.options, ['reservation', 'zero', 'negmas']);
  });
});

describe('the analysis in the caller’s scope', () => {
  test("a party's answer is its own row; the mediator's adds the analysis (or null) and notes", () => {
    const own = { scope: 'own', versionId: 'v28', parties: rows, incomplete: [], missing: [] };
    assert.deepEqual(VersionAnalysis.parse(own), own);
    const full = { ...own, scope: 'full', analysis, notes: [] };
    assert.deepEqual(VersionAnalysis.parse(full), full);
    const empty = { ...full, parties: [], analysis: null, notes: ['nothing to analyse'] };
    assert.deepEqual(VersionAnalysis.parse(empty), empty);
  });

  test("a party's answer never carries the analysis: parsing drops it; the mediator's must have one", () => {
    const own = { scope: 'own', versionId: 'v28', parties: rows, incomplete: [], missing: [], analysis };
    assert.equal('analysis' in VersionAnalysis.parse(own), false);
    fails(
      VersionAnalysis.safeParse({
        scope: 'full',
        versionId: 'v28',
        parties: rows,
        incomplete: [],
        missing: [],
      }),
    );
    fails(
      VersionAnalysis.safeParse({ scope: 'all', versionId: 'v28', parties: [], incomplete: [], missing: [] }),
    );
  });
});

describe('OpenAPI component ids (the names /openapi.json has always used)', () => {
  test('PlanDomain, PlanAnalysis and VersionAnalysis', () => {
    assert.equal(z.globalRegistry.get(PlanDomainAnswer)?.id, 'PlanDomain');
    assert.equal(z.globalRegistry.get(PlanAnalysis)?.id, 'PlanAnalysis');
    assert.equal(z.globalRegistry.get(VersionAnalysis)?.id, 'VersionAnalysis');
  });
});
