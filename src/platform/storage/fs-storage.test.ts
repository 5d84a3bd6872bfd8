import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsStorage } from './fs-storage.js';

describe('FsStorage', () => {
  it('stores, reads back, replaces and deletes bytes under a key', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'storage-'));
    const s = new FsStorage(root);
    expect(await s.get('1/photos/a.jpg')).toBeNull();
    await s.put('1/photos/a.jpg', Buffer.from('one'), 'image/jpeg');
    await s.put('1/photos/a.jpg', Buffer.from('two'), 'image/jpeg');
    expect((await s.get('1/photos/a.jpg'))?.toString()).toBe('two');
    expect(await readdir(path.join(root, '1/photos'))).toEqual(['a.jpg']);
    await s.delete('1/photos/a.jpg');
    await s.delete('1/photos/a.jpg');
    expect(await s.get('1/photos/a.jpg')).toBeNull();
  });

  it('refuses keys that could leave the root', async () => {
    const s = new FsStorage(await mkdtemp(path.join(os.tmpdir(), 'storage-')));
    for (const key of ['../x', '1/../../x', '/etc/passwd', '1//x', '']) await expect(s.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(/unsafe/);
  });
});
