// The analysis as the reader sees it, rendered without a browser: the locked notice for the anonymous reader,
// one row for a party, and for the mediator the bars, the chart's marks, the counts and the changes in words.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { AnalysisAnswer, PlanAnalysis } from '../api/analysis-types.ts';
import { AnalysisSection, AnalysisView } from './analysis-section.tsx';

const change = (issue: string, sentence: string) => ({
  issue,
  lineageId: `lin-${issue}`,
  from: 'a',
  to: 'b',
  sentence,
});

const analysis: PlanAnalysis = {
  parties: ['ua', 'ru', 'eu'],
  draft: { utilities: [0.3, 0.8, 0.5], accepts: [false, true, true] },
  outcomes: 4096,
  acceptableToAll: {
    kind: 'estimate',
    value: 310.2,
    low: 290,
    high: 330,
    confidence: 0.99,
    samples: 20000,
    method: 'monte-carlo',
  },
  frontier: {
    status: 'ok',
    points: [
      [0.9, 0.2, 0.4],
      [0.6, 0.6, 0.6],
      [0.2, 0.9, 0.5],
      [0.5, 0.5, 0.9],
    ],
  },
  acceptableFrontier: { status: 'ok', size: 2 },
  solutions: {
    nash: {
      utilities: [0.6, 0.6, 0.6],
      packages: [
        {
          changes: [change('Point 6', 'Point 6: replace "600,000" with the wording of E3: "800,000"')],
          text: '',
        },
      ],
      count: 1,
    },
    kalaiSmorodinsky: { utilities: [0.6, 0.6, 0.6], packages: [{ changes: [], text: 'same' }], count: 1 },
    egalitarian: { utilities: [0.5, 0.5, 0.9], packages: [], count: 2 },
    maxWelfare: null,
  },
  smallestChange: {
    status: 'found',
    changed: 2,
    utilities: [0.55, 0.62, 0.5],
    changes: [
      change(
        'Point 6',
        'Point 6: replace "600,000 personnel" with the wording of E3 counter-draft: "800,000 personnel"',
      ),
      change(
        'Point 7',
        'Point 7: leave the point out (as in E3 counter-draft): "Ukraine agrees not to join NATO"',
      ),
    ],
    text: '',
    alternatives: 3,
  },
  disagreement: 'reservation',
  disagreementPoint: [0.5, 0.4, 0.3],
  notes: ['Nash maximised by convention over gains.'],
  timings: { total: 12 },
};

const rows = [
  { partyId: 'ua', name: 'Ukraine', draftUtility: 0.3, reservation: 0.5, accepts: false },
  { partyId: 'ru', name: 'Russia', draftUtility: 0.8, reservation: 0.4, accepts: true },
  { partyId: 'eu', name: 'Europe', draftUtility: 0.5, reservation: 0.3, accepts: true },
];

const full: AnalysisAnswer = {
  scope: 'full',
  versionId: 'v1',
  parties: rows,
  incomplete: [{ partyId: 'us', name: 'United States', points: ['Point 12'] }],
  missing: [{ partyId: 'qa', name: 'Qatar' }],
  analysis,
  notes: [],
};

const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;

describe('the analysis section', () => {
  test('a reader the server gives neither ability sees only that the analysis is not shared with them', () => {
    const html = renderToStaticMarkup(
      createElement(AnalysisSection, { versionId: 'v1', abilities: { read: true }, refresh: 0 }),
    );
    assert.match(html, /data-testid="analysis-locked"/);
    assert.match(html, /confidential/);
    assert.match(html, /not shared with you/);
    assert.equal(count(html, 'disagreement'), 0);
    assert.equal(count(html, 'analysis-loading'), 0);
  });

  test('a delegation that may read its own utility waits for it, without the mediators’ choice', () => {
    const html = renderToStaticMarkup(
      createElement(AnalysisSection, {
        versionId: 'v1',
        abilities: { read: true, 'read-own': true, 'read-full': false },
        refresh: 0,
      }),
    );
    assert.match(html, /data-testid="analysis-loading"/);
    assert.equal(count(html, 'analysis-locked'), 0);
    assert.equal(count(html, 'disagreement'), 0);
  });

  test('whoever may read the whole sees a loading state while the engine runs, and the disagreement choice', () => {
    const html = renderToStaticMarkup(
      createElement(AnalysisSection, {
        versionId: 'v1',
        abilities: { read: true, 'read-own': true, 'read-full': true },
        refresh: 0,
      }),
    );
    assert.match(html, /data-testid="analysis-loading"/);
    assert.match(html, /data-testid="disagreement"/);
  });

  test('a party sees its own row only, and no chart', () => {
    const html = renderToStaticMarkup(
      createElement(AnalysisView, {
        answer: {
          scope: 'own',
          versionId: 'v1',
          parties: [rows[0] as (typeof rows)[0]],
          incomplete: [],
          missing: [],
        },
      }),
    );
    assert.equal(count(html, 'party-utility'), 1);
    assert.match(html, /data-party="Ukraine" data-accepts="false"/);
    assert.match(html, /0\.30 <span class="muted">vs 0\.50/);
    assert.match(html, /below its reservation/);
    assert.equal(count(html, 'utility-chart'), 0);
  });

  test('the mediator sees every party, the gaps, the counts, the chart and the changes in words', () => {
    const html = renderToStaticMarkup(createElement(AnalysisView, { answer: full }));
    assert.equal(count(html, 'party-utility'), 3);
    assert.match(html, /data-party="Russia" data-accepts="true"/);
    assert.match(html, /<strong dir="auto">Qatar<\/strong>: no valuation yet/);
    assert.match(
      html,
      /<strong dir="auto">United States<\/strong>: valuation incomplete \(no value for some wordings of Point 12\)/,
    );
    assert.match(html, /4,096<\/strong> possible packages/);
    assert.match(html, /about 310 \(estimate: 99% between 290 and 330, from 20,000 samples\)/);
    // Three parties: axis pickers, every frontier point, the draft and the solutions (Nash and KS coincide).
    assert.equal(count(html, 'chart-axis-x'), 1);
    assert.equal(count(html, 'frontier-point'), 4);
    assert.equal(count(html, 'draft-marker'), 1);
    assert.match(html, /data-marker="nash\+kalaiSmorodinsky"/);
    assert.match(html, /Nash, Kalai–Smorodinsky \(0\.60, 0\.60\)/);
    assert.match(html, /Draft \(0\.30, 0\.80\)/);
    assert.match(html, /utility for Ukraine/);
    assert.match(html, /utility for Russia/);
    // The smallest change, one sentence per changed point, and the other ways of the same size.
    assert.match(html, /Changing 2 points of this draft/);
    assert.equal(count(html, 'change-sentence'), 3); // 2 for the smallest change, 1 for Nash
    assert.match(html, /Point 7: leave the point out/);
    assert.match(html, /3 other changes of the same size do as well/);
    assert.match(html, /Utilities then: Ukraine 0\.55, Russia 0\.62, Europe 0\.50/);
    assert.match(html, /data-solution="kalaiSmorodinsky"[\s\S]*?This draft itself/);
    assert.match(html, /data-solution="maxWelfare"[\s\S]*?No package qualifies/);
    assert.match(html, /2 packages give these utilities/);
  });

  test('a sampled frontier is said to be a sample, and Kalai–Smorodinsky says why it is missing', () => {
    const sampled: AnalysisAnswer = {
      ...full,
      analysis: {
        ...analysis,
        frontier: {
          ...analysis.frontier,
          status: 'sample',
          message: 'a sample of 4 of the efficient packages',
        },
        acceptableFrontier: { status: 'sample', size: 2, message: 'a sample' },
        solutions: { ...analysis.solutions, kalaiSmorodinsky: null },
      },
    };
    const html = renderToStaticMarkup(createElement(AnalysisView, { answer: sampled }));
    assert.match(
      html,
      /data-testid="frontier-sample"[^>]*>There are too many efficient packages to draw them all: the dots are a sample of 4 of them/,
    );
    assert.match(html, /seen from two of the 3 parties: a dot inside the line is there because/);
    assert.match(
      html,
      /data-solution="kalaiSmorodinsky"[\s\S]*?Not computed: it is defined on the whole frontier/,
    );
    assert.match(
      html,
      /data-solution="maxWelfare"[\s\S]*?No package qualifies/,
      'a solution that exists nowhere still says so',
    );
    // With the whole frontier, neither.
    const whole = renderToStaticMarkup(createElement(AnalysisView, { answer: full }));
    assert.equal(count(whole, 'frontier-sample'), 0);
  });

  test('without a complete valuation the mediator is told why there is no analysis', () => {
    const html = renderToStaticMarkup(
      createElement(AnalysisView, {
        answer: { ...full, analysis: null, notes: ['No party has a complete valuation yet.'] },
      }),
    );
    assert.match(html, /data-testid="analysis-empty">No party has a complete valuation yet\./);
    assert.equal(count(html, 'utility-chart'), 0);
  });

  test('a party with an incomplete valuation is told which of its points lack a value', () => {
    const html = renderToStaticMarkup(
      createElement(AnalysisView, {
        answer: {
          scope: 'own',
          versionId: 'v1',
          parties: [],
          incomplete: [{ partyId: 'ua', name: 'Ukraine', points: ['Point 6', 'Point 7'] }],
          missing: [],
        },
      }),
    );
    assert.match(
      html,
      /<strong dir="auto">Ukraine<\/strong>: valuation incomplete \(no value for some wordings of Point 6, Point 7\)/,
    );
    assert.equal(count(html, 'analysis-empty'), 0);
    assert.equal(count(html, 'party-utility'), 0);
  });
});
