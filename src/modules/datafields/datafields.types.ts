/** Template types a field's value is checked against. */
export const TEMPLATE_TYPES = ['Text', 'Number', 'Email', 'Phone', 'Date', 'List', 'Checkbox'] as const;
export type TemplateType = (typeof TEMPLATE_TYPES)[number];

export interface ListOption {
  value: string;
  /** Labels by locale; the value is shown when a locale has none. */
  labels: Record<string, string>;
}

/** Where an external validator of a field's values lives (see README). */
export interface ExternalValidation {
  url: string;
  apiKey: string | null;
  timeoutMs: number;
}

/** A tenant's custom data field. */
export interface DataField {
  id: number;
  tenantId: number;
  name: string;
  labels: Record<string, string>;
  templateType: TemplateType;
  dataType: string;
  isRequired: boolean;
  isVisible: boolean;
  isActive: boolean;
  isCampaignField: boolean;
  scopeCorporate: boolean;
  scopePrivate: boolean;
  sortOrder: number;
  regex: string | null;
  listOptions: ListOption[];
  /** A value may be used by one trade-in only. */
  isUnique: boolean;
  /** A value may be used by at most this many trade-ins (null = unlimited). */
  maxUsesPerValue: number | null;
  /** The value must have been checked through the validate endpoint before registration. */
  requiresValidation: boolean;
  /** An external service that must accept the value (after the built-in checks). */
  externalValidation: ExternalValidation | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A field as seed 003 §7 lists it (`GET /configurations/data-fields`, campaign details). */
export interface RetailDataField {
  IsCampaignField: boolean;
  IsRequired: boolean;
  IsVisible: boolean;
  /** "Corporate, Private", "Corporate", "Private" or "" (no restriction). */
  Scope: string;
  Label: string;
  SortOrder: number;
  DataFieldId: number;
  DataFieldName: string;
  DataFieldTemplateType: TemplateType;
  DataFieldType: string;
  ListOptions: { Value: string; Label: string }[];
}

/** A value sent with a trade-in (seed §5 CustomDataFields). */
export interface DataFieldValueInput {
  DataFieldId: number;
  DataFieldValue: string | null;
}

/** A value that passed `validateForTradeIn`, normalized (trimmed). */
export interface ValidatedDataFieldValue {
  dataFieldId: number;
  name: string;
  label: string;
  value: string;
}
