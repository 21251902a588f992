import { z } from 'zod';

// Validation messages cross the boundary and appear at form fields: Dutch by default.
z.config(z.locales.nl());

export { z };
