import { describe, expect, it } from 'vitest';
import type { RoutingSuggestion } from '../../../electron/api/contract/routing';
import { runCli } from '../../helpers/cli';
import { tempDir } from '../../helpers/db';

type RouteJson = { ok: boolean; count: number; suggestions: RoutingSuggestion[]; error?: string };

describe('npm run cli -- route', () => {
  it('prints the ranked suggestions with their score parts as JSON (repeated --theme, province by name)', () => {
    const dir = tempDir();
    const res = runCli([
      'route',
      '--data-dir',
      dir,
      '--text',
      'Bewoners met dementie opvolgen met sensoren en telemonitoring',
      '--theme',
      'zorgtech',
      '--theme',
      'ai',
      '--province',
      'Limburg',
      '--kind',
      'fundamenteel',
      '--top',
      '4',
      '--json',
    ]);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const data = JSON.parse(res.stdout) as RouteJson;
    expect(data.ok).toBe(true);
    expect(data.count).toBe(4);
    expect(data.suggestions[0]).toMatchObject({ destinationKind: 'universiteit', name: 'Universiteit Hasselt' });
    const group = data.suggestions.find((s) => s.name === 'PXL Zorginnovatie')!;
    expect(group.parts.map((p) => p.key)).toEqual(['theme', 'text', 'region', 'load', 'track']);
    expect(group.matchedWords).toContain('telemonitoring');
    expect(group.parts.find((p) => p.key === 'region')!.detail).toMatch(/^Zelfde provincie: Limburg/);
  }, 60_000);

  it('prints a readable list without --json and explains bad input with exit code 1', () => {
    const dir = tempDir();
    const human = runCli(['route', '--data-dir', dir, '--text', 'cybersecurity voor onze vzw', '--top', '2']);
    expect(human.status).toBe(0);
    expect(human.stdout).toMatch(/^ 1\. .+ \(groep\) \d/m);
    expect(human.stdout).toMatch(/woorden: cybersecurity/);

    const empty = runCli(['route', '--data-dir', dir, '--text', '', '--json']);
    expect(empty.status).toBe(1);
    expect(JSON.parse(empty.stdout)).toMatchObject({ ok: false, error: expect.stringMatching(/Geef de vraag in/) as unknown });

    const theme = runCli(['route', '--data-dir', dir, '--text', 'x', '--theme', 'koffie']);
    expect(theme.status).toBe(1);
    expect(theme.stderr).toMatch(/Onbekend thema: koffie/);
    const province = runCli(['route', '--data-dir', dir, '--text', 'x', '--province', 'Namen']);
    expect(province.stderr).toMatch(/Onbekende provincie: Namen/);
    const top = runCli(['route', '--data-dir', dir, '--text', 'x', '--top', 'veel']);
    expect(top.stderr).toMatch(/--top moet een geheel getal zijn/);
  }, 120_000);
});
