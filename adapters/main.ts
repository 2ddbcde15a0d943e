// `npm start`: reads the environment, starts the service, and shuts it down gracefully on SIGTERM/SIGINT.
import { createApp } from './app.js';
import { parseConfig } from './config.js';
import { createLogger } from './logger.js';

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  console.error(`luotsi: the configuration is not valid:\n${parsed.errors.map((e) => `  ${e}`).join('\n')}`);
  process.exit(1);
}
const config = parsed.config;
const logger = createLogger(config.logLevel);
for (const warning of config.warnings) logger.warn(warning);
if (config.allowedOrigins.length === 0 && config.nodeEnv !== 'production') {
  logger.warn('ALLOWED_ORIGINS is not set: in development any site may embed the widget');
}

const created = await createApp(config, { logger });
if (!created.ok) {
  console.error(`luotsi: refusing to start:\n${created.errors.map((e) => `  ${e}`).join('\n')}`);
  process.exit(1);
}
const { luotsi } = created;
const running = await luotsi.start();
logger.info({
  port: running.port, publicBaseUrl: config.publicBaseUrl, activities: luotsi.catalogue.activities.length,
  state: config.redisUrl ? 'redis' : 'memory', teams: config.microsoftApp.id ? 'authenticated' : config.teamsDevMode ? 'local development mode (loopback only)' : 'off (no MicrosoftAppId)',
}, 'luotsi is listening');

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  // A second signal or a stuck turn must not keep the process alive forever.
  const force = setTimeout(() => { logger.error('shutdown timed out'); process.exit(1); }, 15_000);
  force.unref();
  await running.close(); // stops accepting; resolves when answered requests (and so their turns) are done
  while (luotsi.inFlight() > 0) await new Promise((r) => setTimeout(r, 50));
  await luotsi.stores.close();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
