// Writes a scenario as Genius XML: one domain file and one additive profile per party. Every issue is written as
// discrete and every evaluation as its value, so reading the files back with `raw` semantics gives the scenario
// exactly; with `genius` semantics an issue whose best value is not 1 is rescaled (Genius divides by the max).
import type { Scenario } from '../model.ts';

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;');
}

/**
 * File name for a party's profile: a zero-padded position (a folder's profiles are read back sorted by file name,
 * so the party order survives) and the party's name made safe.
 */
export function profileFileName(party: string, k: number, total: number): string {
  const base = party.replace(/\.xml$/i, '').replace(/[^A-Za-z0-9._-]+/g, '_');
  return `${String(k + 1).padStart(String(total).length, '0')}-${base || 'party'}.xml`;
}

export type GeniusXmlFiles = {
  domain: { file: string; text: string };
  profiles: { file: string; text: string }[];
};

export function writeGeniusXml(s: Scenario): GeniusXmlFiles {
  const issuesXml = s.issues
    .map((issue, i) => {
      const items = issue.options
        .map((o, j) => `      <item index="${j + 1}" value="${esc(o)}"/>`)
        .join('\n');
      return `    <issue index="${i + 1}" name="${esc(issue.name)}" etype="discrete" type="discrete" vtype="discrete">\n${items}\n    </issue>`;
    })
    .join('\n');
  const domain = `<?xml version="1.0" encoding="UTF-8"?>
<negotiation_template>
  <utility_space number_of_issues="${s.issues.length}">
  <objective index="0" name="${esc(s.name)}" etype="objective" type="objective">
${issuesXml}
  </objective>
  </utility_space>
</negotiation_template>
`;
  const profiles = s.parties.map((p, k) => {
    const body = s.issues
      .map((issue, i) => {
        const items = issue.options
          .map(
            (o, j) =>
              `      <item index="${j + 1}" value="${esc(o)}" evaluation="${p.values[i]?.[j] ?? 0}"/>`,
          )
          .join('\n');
        return `    <issue index="${i + 1}" name="${esc(issue.name)}" etype="discrete" type="discrete" vtype="discrete">\n${items}\n    </issue>`;
      })
      .join('\n');
    const weights = s.issues
      .map((_, i) => `    <weight index="${i + 1}" value="${p.weights[i] ?? 0}"/>`)
      .join('\n');
    const reservation = p.reservation === null ? '' : `  <reservation value="${p.reservation}"/>\n`;
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<utility_space>
  <objective index="0" name="${esc(s.name)}" etype="objective" type="objective">
${body}
${weights}
  </objective>
${reservation}</utility_space>
`;
    return { file: profileFileName(p.name, k, s.parties.length), text };
  });
  return { domain: { file: 'domain.xml', text: domain }, profiles };
}
