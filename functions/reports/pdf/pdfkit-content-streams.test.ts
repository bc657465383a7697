import PDFKit from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { writeContentStreamsAsText } from './pdfkit-content-streams.js';

/** A stream of an uncompressed document, and the document's bytes once it ends. */
function uncompressedStream() {
  const document = new PDFKit({ autoFirstPage: false, compress: false });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<string>((resolve) =>
    document.on('end', () => resolve(Buffer.concat(chunks).toString('latin1'))),
  );
  return { stream: document.ref({}), end: () => document.end(), ended };
}

describe('content streams written as text', () => {
  it('hold one string until bytes are written or the stream ends, then the same bytes as each line alone', async () => {
    writeContentStreamsAsText();
    const { stream, end, ended } = uncompressedStream();
    stream.write('q');
    stream.write('1 0 0 1 28 28 cm');
    stream.write('(Sangat tinggi \xb7 95,14 %) Tj');
    expect(Reflect.get(stream, 'buffer')).toHaveLength(0);
    stream.write(Buffer.from([0, 255, 10]));
    expect(Reflect.get(stream, 'buffer')).toHaveLength(2);
    stream.end('Q');
    end();
    const pdf = await ended;
    const body = 'q\n1 0 0 1 28 28 cm\n(Sangat tinggi \xb7 95,14 %) Tj\n\x00\xff\nQ\n';
    expect(pdf).toContain(`<<\n/Length ${body.length}\n>>\nstream\n${body}\nendstream`);
  });
});
