/**
 * Small real files for the demo data (no PDF library at run time): a text PDF written by hand and a
 * reply e-mail with an attachment, so that a first run shows ingestion, search and tagging at work.
 */

const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

/** A PDF with one page per entry, each line drawn in Helvetica 11 pt. */
export function textPdf(pages: string[][]): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const pageIds = pages.map((_, i) => 4 + i * 2);
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (const [i, lines] of pages.entries()) {
    const stream = `BT /F1 11 Tf 14 TL 72 720 Td ${lines.map((l) => `(${esc(l)}) '`).join(' ')} ET`;
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${(pageIds[i] as number) + 1} 0 R >>`,
    );
    add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A reply from an agency's records office with a CSV attachment, as raw RFC 822. */
export function replyEmail(o: {
  to: string;
  subject: string;
  text: string;
  csvName: string;
  csv: string;
  date: Date;
}): Buffer {
  const b = 'demo-boundary-1';
  const lines = [
    'From: Records Access Officer <records@police.example.gov>',
    `To: ${o.to}`,
    `Subject: ${o.subject}`,
    `Date: ${o.date.toUTCString().replace('GMT', '+0000')}`,
    'Message-ID: <demo-reply-1@police.example.gov>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    o.text,
    `--${b}`,
    `Content-Type: text/csv; name="${o.csvName}"`,
    `Content-Disposition: attachment; filename="${o.csvName}"`,
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(o.csv).toString('base64'),
    `--${b}--`,
    '',
  ];
  return Buffer.from(lines.join('\r\n'));
}
