import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { agileDaysRoutes } from './modules/agile-days/routes.js';
import { agreementsRoutes } from './modules/agreements/routes.js';
import { notificationsRoutes } from './modules/notifications/routes.js';
import { workplacesRoutes } from './modules/workplaces/routes.js';
import { authRoutes } from './modules/organization/auth-routes.js';
import { oidcRoutes } from './modules/organization/oidc-routes.js';
import { organizationRoutes } from './modules/organization/routes.js';
import { registerAuthentication } from './platform/http/auth.js';
import { registerProblemHandling, sendProblem } from './platform/http/problem.js';
import type { AppDeps } from './platform/http/route-kit.js';

z.config(z.locales.it());

/** Builds the application (tests use it through inject; main.ts makes it listen). */
export async function buildApp(deps: AppDeps, options: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: deps.config.logLevel } : false,
    bodyLimit: deps.config.bodyLimitBytes,
    genReqId: () => crypto.randomUUID(),
    trustProxy: process.env.TRUST_PROXY === '1',
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandling(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: { 'img-src': ["'self'", 'data:'], 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"] },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string', bodyLimit: deps.config.importBodyLimitBytes }, (_req, body, done) => done(null, body));

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Agile PA API', version: '1', description: 'Lavoro agile nella pubblica amministrazione. Errori in application/problem+json (RFC 9457).' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'agilepa_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerAuthentication(app, deps.engine, deps.clock);
  await app.register(
    async (api) => {
      await api.register(authRoutes(deps));
      await api.register(oidcRoutes(deps));
      await api.register(organizationRoutes(deps));
      await api.register(agreementsRoutes(deps));
      await api.register(agileDaysRoutes(deps));
      await api.register(notificationsRoutes(deps));
      await api.register(workplacesRoutes(deps));
    },
    { prefix: '/api/v1' },
  );

  const indexHtml = path.join(deps.config.webDir, 'index.html');
  const hasWeb = fs.existsSync(indexHtml);
  if (hasWeb) await app.register(fastifyStatic, { root: deps.config.webDir, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') return sendProblem(request, reply, 404, 'NOT_FOUND', `Percorso inesistente: ${request.method} ${request.url.split('?')[0]}`);
    if (!hasWeb) return reply.type('text/plain; charset=utf-8').send('Interfaccia non compilata: esegui "npm run build".');
    // The single-page app answers every other path.
    return reply.type('text/html; charset=utf-8').send(fs.createReadStream(indexHtml));
  });
  return app;
}
