// Category keys are short taxonomy stems (Peace Accords Matrix "PAM_ID"s such as "cease", "milrfm", plus a
// few Concord extensions). Readers need the words, so the names are kept here; an unknown key is shown
// as written rather than hidden.
const names: Record<string, string> = {
  alliance: 'Alliances and Foreign Forces',
  amnest: 'Amnesty',
  arbdam: 'Commission to Address Damage/Loss',
  arbland: 'Land Reform',
  bound: 'Boundary Demarcation',
  cease: 'Cease Fire',
  child: 'Children’s Rights',
  citiz: 'Citizenship Reform',
  civadm: 'Civil Administration Reform',
  const: 'Constitutional Reform',
  cultr: 'Cultural Protections',
  decen: 'Decentralization/Federalism',
  demob: 'Demobilization',
  develop: 'Economic and Social Development',
  disarm: 'Disarmament',
  disput: 'Dispute Resolution Committee',
  donor: 'Donor Support',
  educat: 'Education Reform',
  elect: 'Electoral/Political Party Reform',
  embarg: 'Arms Embargo',
  ethrel: 'Inter-Ethnic/State Relations',
  exerefm: 'Executive Branch Reform',
  humaid: 'Humanitarian Aid',
  humrts: 'Human Rights',
  idps: 'Internally Displaced Persons',
  indmin: 'Indigenous Minority Rights',
  indrefer: 'Independence Referendum',
  judrfm: 'Judiciary Reform',
  legref: 'Legislative Branch Reform',
  media: 'Media Reform',
  milrfm: 'Military Reform',
  minrts: 'Minority Rights',
  natres: 'Natural Resource Management',
  nuclear: 'Nuclear Safety and Non-Proliferation',
  offlan: 'Official Language and Symbol',
  pargrp: 'Paramilitary Groups',
  polrfm: 'Police Reform',
  powtran: 'Power Sharing Transitional Government',
  prisr: 'Prisoner Release',
  ratm: 'Ratification Mechanism',
  refug: 'Refugees',
  regpkf: 'Regional Peacekeeping Force',
  reint: 'Reintegration',
  repar: 'Reparations',
  roa: 'Review of Agreement',
  sanct: 'Sanctions and Their Relief',
  secguar: 'Security Guarantees',
  selfd: 'Right of Self-Determination',
  statedef: 'State Definition and Sovereignty',
  terpow: 'Territorial Power Sharing',
  time: 'Detailed Implementation Timeline',
  truth: 'Truth or Reconciliation Mechanism',
  unpkf: 'UN Peacekeeping Force',
  untran: 'UN Transitional Authority',
  verify: 'Verification/Monitoring Mechanism',
  with: 'Withdrawal of Troops',
  women: 'Women’s Rights',
};

export function categoryName(key: string): string {
  return Object.hasOwn(names, key) ? (names[key] ?? key) : key;
}

/** Every category of the taxonomy as { key, name }, by name: the choices a point's form offers. */
export function categoryChoices(): { key: string; name: string }[] {
  return Object.entries(names)
    .map(([key, name]) => ({ key, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
