import { systemClock } from '../shared/util/clock';
import { ConfigError, configWarnings, readTokenServerConfig } from './config';
import { connectionEndpoint, createIdentityIssuer } from './identity-client';
import { createJsonLineLogger } from './logger';
import { TokenBucketRateLimiter } from './rate-limit';
import { createTokenServer } from './server';

/* `npm run token-server`: reads the environment, listens, and stops cleanly on Ctrl+C. */

const logger = createJsonLineLogger((line) => process.stdout.write(`${line}\n`));

function start(): void {
  let config;
  try {
    config = readTokenServerConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
    return;
  }
  const server = createTokenServer({
    identity: createIdentityIssuer(config.acsConnectionString),
    apiKey: config.apiKey,
    rateLimits: {
      validKey: new TokenBucketRateLimiter({ burst: config.rateLimitBurst, perMinute: config.rateLimitPerMinute, clock: systemClock }),
      failedKey: new TokenBucketRateLimiter({ burst: config.failedKeyBurst, perMinute: config.failedKeyPerMinute, clock: systemClock }),
    },
    trustedProxies: config.trustedProxies,
    logger,
    clock: systemClock,
  });
  for (const warning of configWarnings(config)) logger.warn(warning, { host: config.host });
  server.on('error', (error: NodeJS.ErrnoException) => {
    logger.error('The token server could not listen', { host: config.host, port: config.port, errorCode: error.code });
    process.exitCode = 1;
  });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info('Token server listening', {
      url: `http://${config.host}:${port}/token`,
      acsEndpoint: new URL(connectionEndpoint(config.acsConnectionString) ?? 'https://invalid').origin,
      trustedProxies: config.trustedProxies?.entries ?? 'none (X-Forwarded-For ignored)',
    });
  });
  const stop = () => server.close(() => process.exit());
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

start();
