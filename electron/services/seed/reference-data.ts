import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const expertise = z.object({
  name: z.string().min(1),
  topics: z.array(z.string()).default([]),
  source: z.string().default(''),
});

const college = z.object({
  name: z.string().min(1),
  shortName: z.string().min(1),
  city: z.string().default(''),
  province: z.string().default(''),
  website: z.string().default(''),
  association: z.string().default(''),
  verify: z.array(z.string()).default([]),
  expertise: z.array(expertise).default([]),
});

const university = z.object({
  name: z.string().min(1),
  shortName: z.string().min(1),
  city: z.string().default(''),
  province: z.string().default(''),
  website: z.string().default(''),
  verify: z.array(z.string()).default([]),
});

const federation = z.object({
  name: z.string().min(1),
  shortName: z.string().min(1),
  sector: z.string().default(''),
  website: z.string().default(''),
  verify: z.array(z.string()).default([]),
});

const province = z.object({
  name: z.string().min(1),
  postcodes: z.array(z.tuple([z.number().int(), z.number().int()])),
});

const networkFile = z.object({
  hogescholen: z.array(college),
  universiteiten: z.array(university),
  federaties: z.array(federation),
  provincies: z.array(province),
});

const themesFile = z.object({
  themes: z.array(z.object({ code: z.string().min(1), nl: z.string().min(1), en: z.string().min(1) })),
});

export type ReferenceData = {
  network: z.infer<typeof networkFile>;
  themes: z.infer<typeof themesFile>['themes'];
};

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
}

/** Reads and checks the shipped default network; a malformed file is a packaging error, said loudly. */
export function loadReferenceData(resourcesDir: string): ReferenceData {
  const dir = path.join(resourcesDir, 'reference');
  const network = networkFile.parse(readJson(path.join(dir, 'network.json')));
  const themes = themesFile.parse(readJson(path.join(dir, 'themes.json'))).themes;
  return { network, themes };
}

/** `Oost-Vlaanderen` -> `oost-vlaanderen`, `Wallonië` -> `wallonie`. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
