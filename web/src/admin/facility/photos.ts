import { api, unwrap } from '../../api/client';

/** Uploads an evidence photo (multipart) through the facility photos route; answers its id. */
export async function uploadPhoto(tenant: string, blob: Blob, angle: string | null): Promise<string> {
  const form = new FormData();
  if (angle) form.append('angle', angle);
  form.append('file', blob, 'photo.jpg');
  // openapi-fetch sends a FormData body as multipart (the browser sets the boundary).
  const res = await api.POST('/api/{tenant}/admin/facility/photos', { params: { path: { tenant } }, body: form as never });
  return unwrap(res).id;
}
