import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { addCapaianStack } from './capaian-app.js';
import { parseInfraConfig, type TInfraConfig, usesPlaceholderSender } from './config.js';
import { projectRoot } from './lambda-entries.js';

const app = new App();

function readConfig(): TInfraConfig {
  try {
    return parseInfraConfig((key) => app.node.tryGetContext(key));
  } catch (error) {
    // The message names every bad key; a stack trace would only bury it.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

/** web/dist when it is built; otherwise synth still works (CI) and a deploy leaves the site as it was. */
function builtWebApp(): string | undefined {
  const dist = join(projectRoot, 'web/dist');
  if (existsSync(join(dist, 'index.html'))) return dist;
  console.warn(
    'Capaian: web/dist/index.html not found; the web app is not uploaded (build it first to deploy it).',
  );
  return undefined;
}

const config = readConfig();
if (usesPlaceholderSender(config)) {
  console.warn(
    `Capaian: mailIdentity is the placeholder ${config.mailIdentity}; set -c mailIdentity=… -c mailFrom=… before a real deploy.`,
  );
}
addCapaianStack(app, { config, webDist: builtWebApp() });
