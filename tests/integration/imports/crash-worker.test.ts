import { expect, it } from 'vitest';
import { AppError } from '../../../electron/services/errors';
import { MAX_FILE_BYTES } from '../../../electron/services/imports/read';
import { parseFile, parseInWorker, type ParseProgress } from '../../../electron/services/imports/worker';
import { FIXTURE_FILES, fixtureBytes } from './commit-helpers';

it.each(FIXTURE_FILES)('%s parsed in the worker equals parsing in-process, with progress', async (file) => {
  const bytes = fixtureBytes(file);
  const progress: ParseProgress[] = [];
  const inWorker = await parseInWorker(bytes, file, { onProgress: (p) => progress.push(p) });
  const inProcess = await parseFile(bytes, file);
  expect(inWorker).toEqual(inProcess);
  expect(inWorker.header.rows.length).toBeGreaterThan(10);
  // The caller's buffer was copied, not transferred away.
  expect(bytes.byteLength).toBeGreaterThan(0);
  expect(progress[0]).toEqual({ fraction: 0, label: 'Bestand openen' });
  expect(progress.at(-1)).toEqual({ fraction: 1, label: 'Bestand gelezen' });
  expect(progress.map((p) => p.fraction)).toEqual([...progress.map((p) => p.fraction)].sort((a, b) => a - b));
});

it('a worker that runs out of memory gives a Dutch error, and the caller keeps running', async () => {
  // 250,000 rows of CSV (20 MB, under the 25 MB size limit, so the reading itself must fail): far
  // more than a 16 MB heap can hold as text rows.
  const line = 'Vzw De Kringwinkel;0403.170.701;Kerkstraat 1;9000;Gent;info@kringwinkel.be\n';
  const bytes = new TextEncoder().encode(`Organisatie;KBO-nummer;Straat;Postcode;Gemeente;E-mail\n${line.repeat(250_000)}`);
  expect(bytes.length).toBeLessThan(MAX_FILE_BYTES);
  const error = await parseInWorker(bytes, 'groot.csv', { maxOldGenerationSizeMb: 16 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).message).toMatch(/te groot om veilig te lezen.*meer geheugen/);
  // The same process parses a normal file right after.
  const ok = await parseInWorker(fixtureBytes('registrations-google-3.csv'), 'registrations-google-3.csv');
  expect(ok.header.rows.length).toBeGreaterThan(10);
});

it('a bad file fails in the worker with the reader’s own Dutch message and code', async () => {
  const error = await parseInWorker(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'kapot.xlsx').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/beschadigd|onvolledig/) });
  const empty = await parseInWorker(new Uint8Array(), 'leeg.csv').catch((e: unknown) => e);
  expect(empty).toMatchObject({ code: 'VALIDATION', message: 'Dit bestand is leeg.' });
});
