/** HubSpot's ids as the response schemas read them (./schemas.ts, ./legacy-workflow-schemas.ts). */
import * as z from 'zod/mini';

export const idLike = z.union([z.string(), z.number()]);
/** HubSpot ids arrive as strings in new APIs and numbers in legacy ones: normalise to string. */
export const id = z.pipe(
  idLike,
  z.transform((v) => String(v)),
);
