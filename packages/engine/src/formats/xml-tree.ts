// A small, strict view over fast-xml-parser's output: every element is an object whose attributes sit under
// `@` keys and whose children are arrays, so readers never have to guess "one child or many".
import { XMLParser } from 'fast-xml-parser';

export type XmlElement = { tag: string; attrs: Record<string, string>; children: XmlElement[] };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  // Attribute values are labels (option names) and must survive verbatim, trailing spaces included.
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  allowBooleanAttributes: true,
});

type Raw = Record<string, unknown>;

function convert(node: Raw): XmlElement | null {
  const tag = Object.keys(node).find((k) => k !== ':@');
  if (!tag || tag === '#text' || tag.startsWith('?') || tag === '#comment') return null;
  // No prototype: an attribute named like an Object.prototype member stays a plain entry.
  const attrs: Record<string, string> = Object.create(null);
  const rawAttrs = node[':@'];
  if (rawAttrs && typeof rawAttrs === 'object') {
    for (const [k, v] of Object.entries(rawAttrs as Raw)) attrs[k] = String(v);
  }
  const kids = node[tag];
  const children: XmlElement[] = [];
  if (Array.isArray(kids)) {
    for (const k of kids) {
      const c = convert(k as Raw);
      if (c) children.push(c);
    }
  }
  return { tag, attrs, children };
}

/** Parses XML text into its root element; malformed XML is an error naming the file. */
export function parseXml(text: string, file: string): XmlElement {
  let raw: unknown;
  try {
    raw = parser.parse(text, true);
  } catch (e) {
    throw new Error(`${file}: not well-formed XML (${(e as Error).message.split('\n')[0]})`);
  }
  const roots = (Array.isArray(raw) ? raw : []).map((n) => convert(n as Raw)).filter((n) => n !== null);
  const root = roots[0];
  if (!root || roots.length !== 1) throw new Error(`${file}: expected exactly one root element`);
  return root;
}

export function childrenNamed(el: XmlElement, tag: string): XmlElement[] {
  return el.children.filter((c) => c.tag === tag);
}

/** Every descendant (depth first, document order) with this tag. */
export function descendants(el: XmlElement, tag: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.tag === tag) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** A finite number from an attribute, or a clear error naming the file and what was being read. */
export function numberAttr(el: XmlElement, name: string, file: string, what: string): number {
  const raw = el.attrs[name];
  const v = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(v))
    throw new Error(`${file}: ${what}: attribute ${name}="${raw ?? ''}" is not a number`);
  return v;
}
