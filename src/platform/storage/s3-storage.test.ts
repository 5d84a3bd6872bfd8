import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3 } from '../../../test/helpers/s3-server.js';
import { parseS3Url, S3Storage } from './s3-storage.js';

let s3: Awaited<ReturnType<typeof startS3>>;
beforeAll(async () => {
  s3 = await startS3();
});
afterAll(() => s3.close());

describe('S3Storage against a local S3-compatible server', () => {
  it('stores, reads back, replaces and deletes bytes under a key (with a prefix)', async () => {
    const s = new S3Storage(parseS3Url(s3.url('tradein')));
    try {
      expect(await s.get('1/photos/a.jpg')).toBeNull();
      await s.put('1/photos/a.jpg', Buffer.from('one'), 'image/jpeg');
      await s.put('1/photos/a.jpg', Buffer.from('two'), 'image/jpeg');
      expect((await s.get('1/photos/a.jpg'))?.toString()).toBe('two');
      const bare = new S3Storage(parseS3Url(s3.url()));
      expect((await bare.get('tradein/1/photos/a.jpg'))?.toString()).toBe('two');
      bare.close();
      await s.delete('1/photos/a.jpg');
      await s.delete('1/photos/a.jpg');
      expect(await s.get('1/photos/a.jpg')).toBeNull();
      await expect(s.put('../x', Buffer.from('x'), 'text/plain')).rejects.toThrow(/unsafe/);
    } finally {
      s.close();
    }
  });

  it('parses STORAGE_URL', () => {
    expect(parseS3Url('s3://bucket?endpoint=http://127.0.0.1:9000&region=eu-north-1')).toEqual({
      bucket: 'bucket',
      prefix: '',
      region: 'eu-north-1',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      credentials: undefined,
    });
    expect(parseS3Url('s3://k%2F1:s%40c@media/a/b')).toMatchObject({
      bucket: 'media',
      prefix: 'a/b/',
      region: 'us-east-1',
      forcePathStyle: false,
      credentials: { accessKeyId: 'k/1', secretAccessKey: 's@c' },
    });
    expect(() => parseS3Url('s3://b?endpoint=ftp://x')).toThrow(/endpoint/);
  });
});
