// The verify page's way out of the browser: the entry's proof bundle as a file, and how to check it with no
// network (the CLI reads the same C2SP tlog-proof file the server builds).

export const bundleFileName = (index: number) => `concord-entry-${index}.tlog-proof`;

export function ProofBundleLink({ index }: { index: number }) {
  const file = bundleFileName(index);
  return (
    <p className="offline-bundle" data-testid="offline-bundle">
      <a href={`/api/log/entries/${index}/bundle`} download={file} data-testid="bundle-link">
        Download proof bundle
      </a>{' '}
      — to check this entry later without this site or any network, run <code>concord verify {file}</code>{' '}
      (add <code>--key</code> with the log’s key as published elsewhere to check against a key you trust, and{' '}
      <code>--text</code> with a copy of the event to check that copy).
    </p>
  );
}
