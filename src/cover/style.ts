// PLACEHOLDER (lead): the cover helper replaces this file; keep the exported names.
import { z } from 'zod';

export const CoverStyleSchema = z
  .object({
    background: z.string().default('#b3261e'),
    foreground: z.string().default('#ffffff'),
    organisation: z.array(z.string()).default([]),
    title_lines: z.array(z.string()).default([]),
  })
  .strict();

export type CoverStyle = z.infer<typeof CoverStyleSchema>;
