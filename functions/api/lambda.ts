import { handle } from 'hono/aws-lambda';
import { config } from '../config.js';
// Nearly every request reads the table: its client is built while Lambda initialises the
// function, not in the first request's time (the groups of routes load at their first request).
import '../db/client.js';
import { invokeWorkbookFunction } from '../workbook/invoke-workbook-function.js';
import { setWorkbookFunction } from '../workbook/workbook-function.js';
import { app } from './app.js';

// Workbooks are read by their own function, so exceljs stays out of this bundle (infra/ sets its name).
if (config.WORKBOOK_FUNCTION_NAME) setWorkbookFunction(invokeWorkbookFunction(config.WORKBOOK_FUNCTION_NAME));

export const handler = handle(app);
