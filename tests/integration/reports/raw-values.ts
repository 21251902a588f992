import fs from 'node:fs';
// exceljs's own zip reader (always installed with it): read the cell XML directly, because
// exceljs drops a formula result of 0 when it reads a workbook.
import JSZip from 'jszip';

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Sheet name -> (cell address -> value) for every cell with a formula: its stored result, as written. */
export async function formulaResults(file: string): Promise<Map<string, number | string>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, ''));
  }
  const out = new Map<string, number | string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = decode(/name="([^"]*)"/.exec(m[0])?.[1] ?? '');
    const rid = /r:id="([^"]+)"/.exec(m[0])?.[1] ?? '';
    const xml = (await zip.file(`xl/${targets.get(rid) ?? ''}`)?.async('string')) ?? '';
    for (const c of xml.matchAll(/<c\b([^>]*)>(.*?)<\/c>/gs)) {
      const attrs = c[1] ?? '';
      const body = c[2] ?? '';
      if (!body.includes('<f')) continue;
      const address = /r="([A-Z]+\d+)"/.exec(attrs)?.[1] ?? '';
      const type = /t="([^"]+)"/.exec(attrs)?.[1] ?? 'n';
      const v = /<v>(.*?)<\/v>/s.exec(body)?.[1];
      if (v === undefined) out.set(`${name}!${address}`, '');
      else out.set(`${name}!${address}`, type === 'str' || type === 'e' ? decode(v) : Number(v));
    }
  }
  return out;
}
