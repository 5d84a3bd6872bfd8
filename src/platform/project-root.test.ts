import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, findProjectRoot, projectPath } from './project-root.js';

describe('project root', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'project-root-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('is the directory of the repository’s package.json, with the shipped folders in it', () => {
    expect(JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).name).toBe('tradein');
    expect(fs.existsSync(projectPath('migrations'))).toBe(true);
    expect(fs.existsSync(projectPath('assets', 'fonts', 'DejaVuSans.ttf'))).toBe(true);
  });

  it('is found from any depth below it (src/… and dist/… differ)', () => {
    fs.writeFileSync(path.join(tmp, 'package.json'), '{}');
    const deep = path.join(tmp, 'dist', 'modules', 'catalog');
    fs.mkdirSync(deep, { recursive: true });
    expect(findProjectRoot(deep)).toBe(tmp);
    expect(findProjectRoot(tmp)).toBe(tmp);
  });

  it('fails with the start directory named when there is no package.json above', () => {
    expect(() => findProjectRoot(path.parse(tmp).root)).toThrow(/no package.json/);
  });
});
