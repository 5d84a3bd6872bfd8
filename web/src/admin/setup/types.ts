import type { ResponseOf } from '../../api/types';

export type AdminCampaign = ResponseOf<'/api/{tenant}/admin/campaigns', 'get'>['results'][number];
export type AdminOffer = AdminCampaign['offers'][number];
export type AdminDataField = ResponseOf<'/api/{tenant}/admin/data-fields', 'get'>['results'][number];
export type FormVersion = ResponseOf<'/api/{tenant}/admin/grading-forms', 'get'>['results'][number];
export type Definition = FormVersion['definition'];
export type Valuation = ResponseOf<'/api/{tenant}/admin/valuations', 'get'>['results'][number];
export type ImportResult = ResponseOf<'/api/{tenant}/admin/valuations/import', 'post'>;
export type AdminUser = ResponseOf<'/api/{tenant}/admin/users', 'get'>['results'][number];
export type AdminLocation = ResponseOf<'/api/{tenant}/admin/locations', 'get'>['results'][number];
export type AdminApiKey = ResponseOf<'/api/{tenant}/admin/api-keys', 'get'>['results'][number];
export type NewApiKey = ResponseOf<'/api/{tenant}/admin/api-keys', 'post', 201>;
export type TenantSettings = ResponseOf<'/api/{tenant}/admin/settings', 'get'>;
