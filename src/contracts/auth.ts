import { z } from 'zod';
import { ROLES } from '../platform/actor.js';
import { uuid } from './common.js';

export const loginBody = z
  .object({
    username: z.string().trim().min(1, { message: 'Inserisci il nome utente' }).max(100),
    password: z.string().min(1, { message: 'Inserisci la password' }).max(200),
    organization: z.string().trim().max(60).optional().describe('fiscal code of the organization, when a username exists in several'),
  })
  .strict();

export const meOut = z.object({
  user: z.object({ id: uuid, username: z.string(), roles: z.array(z.enum(ROLES)), employeeId: uuid.nullable() }),
  employee: z
    .object({ id: uuid, firstName: z.string(), lastName: z.string(), unitId: uuid, unitName: z.string(), directorateId: uuid, directorateName: z.string() })
    .nullable(),
  organization: z.object({ id: uuid, name: z.string() }),
  csrfToken: z.string(),
  today: z.string().describe('the server’s date in Europe/Rome (APP_NOW when fixed): what the pages count from'),
});

export const healthOut = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) });
