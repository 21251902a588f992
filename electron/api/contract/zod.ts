import { z } from 'zod';
import nl from 'zod/v4/locales/nl.js';

// Validation messages cross the boundary and appear at form fields: Dutch by default. Only the
// Dutch locale is imported, so the renderer bundle does not carry all of zod's languages.
z.config(nl());

export { z };
