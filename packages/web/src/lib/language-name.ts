// A language tag in words for a reader ("uk" → "Ukrainian"), falling back to the tag itself.
const names = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return null;
  }
})();

export function languageName(tag: string): string {
  try {
    return names?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export const languageNames = (tags: readonly string[]): string => tags.map(languageName).join(', ');
