import { z } from 'zod';

const validDate = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Data non valida: usa il formato AAAA-MM-GG' })
  .refine(validDate, { message: 'Data inesistente' });

export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Orario non valido: usa il formato HH:MM' });
export const uuid = z.uuid({ message: 'Identificativo non valido' });

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
};

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), detail: z.string(), row: z.number().int().optional() })).optional(),
  })
  .loose()
  .describe('application/problem+json (RFC 9457)');

export const idParams = z.object({ id: uuid });
export const ok = z.object({ ok: z.literal(true) });

/**
 * The PATCH form of a create schema: every field optional and no defaults, so that a field the
 * client leaves out keeps its stored value instead of being reset.
 */
export function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([k, v]) => [k, (v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : (v as z.ZodType)).optional()]),
  );
  return z.object(shape).strict() as unknown as z.ZodObject<{ [K in keyof S]: z.ZodOptional<S[K]> }>;
}
