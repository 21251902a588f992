// Copies of the schema's enums (db/schema/organisations.ts), in a file without zod so the renderer
// can import them at runtime without bundling the validation library. The services check both
// stay equal (electron/services/organisations/fields.ts).
export const legalForms = ['vzw', 'ivzw', 'bv', 'cv', 'nv', 'son', 'ov', 'stichting', 'vof', 'andere'] as const;
export const organisationSizes = ['1-9', '10-49', '50-249', '250+'] as const;
export type LegalForm = (typeof legalForms)[number];
export type OrganisationSize = (typeof organisationSizes)[number];
