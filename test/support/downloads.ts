// What a test needs to read the files the element offers: the download it triggers (name, text, type)
// and an RFC 4180 reader for the CSV in it (quotes, doubled quotes, separators and newlines inside quotes).
import { expect } from '@open-wc/testing';

/** Captures what the element offers as a download: the blob's text and the file name. */
export async function captureDownload(trigger: () => void): Promise<{ name: string; text: string; type: string }> {
  const original = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  let name = '';
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return original.call(URL, b);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    trigger();
  } finally {
    URL.createObjectURL = original;
    HTMLAnchorElement.prototype.click = click;
  }
  expect(blob, 'a download was offered').to.exist;
  const bytes = new Uint8Array(await blob!.arrayBuffer());
  return { name, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), type: blob!.type };
}

/** RFC 4180 reader: rows of cells, CRLF between rows. */
export function readCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 1);
    else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}
