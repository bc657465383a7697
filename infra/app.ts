import { App } from 'aws-cdk-lib';
import { CapaianStack } from './capaian-stack.js';
import { parseInfraConfig, type TInfraConfig } from './config.js';

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

const config = readConfig();

new CapaianStack(app, `capaian-${config.stage}`, { config });
