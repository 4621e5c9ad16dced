// Turns a folder (a domain and its profiles) or explicit files into a Scenario. The profiles are sorted by file
// name, which fixes the order of every utility vector, and each party is named by its profile's file name.
// Everything is read and checked before a Scenario is returned: one bad profile fails the whole load.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type Scenario, validateScenario, weightNotes } from '../model.ts';
import { isConcordJson, readConcordJson } from './concord-json.ts';
import { geniusProfileNotes, readGeniusDomain, readGeniusProfile, type Semantics } from './genius-xml.ts';
import {
  embeddedDomain,
  looksLikeGeniusWebDomain,
  parseJson,
  readGeniusWebDomain,
  readGeniusWebProfile,
} from './geniusweb-json.ts';
import { parseXml } from './xml-tree.ts';

export type LoadOptions = { semantics?: Semantics };
export type SourceFile = { name: string; text: string };

/** Side files that travel with published domains and are not part of the scenario. */
const SIDE_FILES = new Set(['pareto.xml', 'specials.json']);

/** Largest file accepted; real domains and profiles are a few hundred kilobytes at most. */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

type Classified =
  | { kind: 'concord'; file: string; json: unknown }
  | { kind: 'genius-domain' | 'genius-profile'; file: string; text: string }
  | { kind: 'web-domain' | 'web-profile'; file: string; json: unknown };

function classify(f: SourceFile): Classified {
  const file = f.name;
  if (/\.json$/i.test(file)) {
    const json = parseJson(f.text, file);
    if (isConcordJson(json)) return { kind: 'concord', file, json };
    if (looksLikeGeniusWebDomain(json)) return { kind: 'web-domain', file, json };
    return { kind: 'web-profile', file, json };
  }
  if (/\.xml$/i.test(file)) {
    const root = parseXml(f.text, file);
    if (root.tag === 'negotiation_template') return { kind: 'genius-domain', file, text: f.text };
    if (root.tag === 'utility_space') return { kind: 'genius-profile', file, text: f.text };
    throw new Error(`${file}: neither a Genius domain nor a profile (root <${root.tag}>)`);
  }
  throw new Error(`${file}: unknown file type (expected .xml or .json)`);
}

const byName = (a: Classified, b: Classified) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** Builds a scenario from file contents (no file system access; the server and browser use this directly). */
export function scenarioFromFiles(files: SourceFile[], options: LoadOptions = {}): Scenario {
  const s = readScenario(files, options);
  const notes = [...(s.notes ?? []), ...weightNotes(s)];
  return notes.length > 0 ? { ...s, notes } : s;
}

function readScenario(files: SourceFile[], options: LoadOptions): Scenario {
  const semantics = options.semantics ?? 'genius';
  const items = files.filter((f) => !SIDE_FILES.has(basename(f.name).toLowerCase())).map(classify);
  const concord = items.filter((c) => c.kind === 'concord');
  if (concord.length > 0) {
    if (items.length !== 1 || !concord[0])
      throw new Error('a Concord scenario file must be loaded on its own');
    return readConcordJson(concord[0].json, concord[0].file);
  }
  const domains = items.filter((c) => c.kind === 'genius-domain' || c.kind === 'web-domain');
  const profiles = items.filter((c) => c.kind === 'genius-profile' || c.kind === 'web-profile').sort(byName);
  if (domains.length > 1)
    throw new Error(`more than one domain file: ${domains.map((d) => d.file).join(', ')}`);
  if (profiles.length === 0) throw new Error('no profiles found');
  const domainFile = domains[0];
  const xml = profiles.filter((p) => p.kind === 'genius-profile');
  if (xml.length > 0) {
    if (xml.length !== profiles.length) throw new Error('profiles mix Genius XML and GeniusWeb JSON');
    if (domainFile?.kind !== 'genius-domain') throw new Error('Genius profiles need a Genius domain file');
    const domain = readGeniusDomain(domainFile.text, domainFile.file);
    const parties = xml.map((p) =>
      readGeniusProfile(p.kind === 'genius-profile' ? p.text : '', p.file, domain, semantics, p.file),
    );
    const notes = xml.flatMap((p) => (p.kind === 'genius-profile' ? geniusProfileNotes(p.text, p.file) : []));
    return validateScenario({
      name: domain.name,
      issues: domain.issues.map(({ name, options }) => ({ name, options })),
      parties,
      ...(notes.length > 0 ? { notes } : {}),
    });
  }
  const first = profiles[0];
  const domainJson =
    domainFile?.kind === 'web-domain'
      ? domainFile.json
      : first?.kind === 'web-profile'
        ? embeddedDomain(first.json)
        : undefined;
  if (domainFile && domainFile.kind !== 'web-domain')
    throw new Error('GeniusWeb profiles need a GeniusWeb domain file');
  const domain = readGeniusWebDomain(domainJson, domainFile?.file ?? `${first?.file} (embedded domain)`);
  const parties = profiles.map((p) =>
    readGeniusWebProfile(p.kind === 'web-profile' ? p.json : null, p.file, domain, p.file),
  );
  return validateScenario({ name: domain.name, issues: domain.issues, parties });
}

function readSource(path: string): SourceFile {
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) throw new Error(`${path}: file too large (${size} bytes)`);
  return { name: basename(path), text: readFileSync(path, 'utf8') };
}

/**
 * Loads a scenario from a folder holding a domain and its profiles (every .xml/.json in it, except known side
 * files), or from explicit files. Genius XML uses `genius` semantics unless `raw` is asked for.
 */
export function loadScenario(pathOrFiles: string | string[], options: LoadOptions = {}): Scenario {
  const paths = typeof pathOrFiles === 'string' ? [pathOrFiles] : pathOrFiles;
  if (paths.length === 0) throw new Error('no files given');
  const files: SourceFile[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new Error(`${p}: no such file or folder`);
    }
    if (isDir) {
      const names = readdirSync(p)
        .filter((n) => /\.(xml|json)$/i.test(n))
        .sort();
      for (const n of names) files.push(readSource(join(p, n)));
    } else {
      files.push(readSource(p));
    }
  }
  return scenarioFromFiles(files, options);
}
