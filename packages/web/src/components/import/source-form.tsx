import { type ChangeEvent, type FormEvent, useState } from 'react';
import { decodeText, fileRefusal, textRefusal } from '../../lib/import-preview.ts';

/**
 * Step 1: the text of the plan, pasted or read from a .txt or .md file (anything else, or over 1 MB, is refused
 * with a plain message and nothing is read). "Read the text" hands it to the parser.
 */
export function SourceForm({ initial, onRead }: { initial: string; onRead: (text: string) => void }) {
  const [text, setText] = useState(initial);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);

  const chooseFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const refused = fileRefusal(file);
    if (refused !== null) {
      setRefusal(refused);
      setFileName(null);
      return;
    }
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
    if ('refusal' in decoded) {
      setRefusal(decoded.refusal);
      setFileName(null);
      return;
    }
    setRefusal(null);
    setFileName(file.name);
    setText(decoded.text);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const refused = textRefusal(text);
    setRefusal(refused);
    if (refused === null) onRead(text);
  };

  return (
    <form className="import-source" onSubmit={submit} noValidate data-testid="import-source">
      <div className="field-wide">
        <label htmlFor="import-text">The plan as text</label>
        <textarea
          id="import-text"
          rows={14}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={
            'Draft framework, as published by …\n\n1. First point …\n2. Second point …\n   a) a sub-point …'
          }
          data-testid="import-paste"
        />
      </div>
      <div className="field">
        <label htmlFor="import-file">or read a file</label>
        <input
          id="import-file"
          type="file"
          accept=".txt,.md,text/plain,text/markdown"
          onChange={(e) => void chooseFile(e)}
          data-testid="import-file"
        />
        <span className="field-hint">plain text (.txt) or Markdown (.md), at most 1 MB</span>
      </div>
      {fileName ? (
        <p className="muted" data-testid="import-file-read">
          Read from <bdi>{fileName}</bdi>. You can still change the text above before reading it.
        </p>
      ) : null}
      {refusal ? (
        <p className="problem" role="alert" data-testid="import-refusal">
          {refusal}
        </p>
      ) : null}
      <button type="submit" className="button" data-testid="import-read">
        Read the text
      </button>
    </form>
  );
}
