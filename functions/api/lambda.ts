import { handle } from 'hono/aws-lambda';
import { config } from '../config.js';
import { invokeParseFunction } from '../workbook/invoke-parse-function.js';
import { setWorkbookParser } from '../workbook/workbook-parser.js';
import { app } from './app.js';

// Workbooks are read by their own function, so exceljs stays out of this bundle (infra/ sets its name).
if (config.WORKBOOK_FUNCTION_NAME) setWorkbookParser(invokeParseFunction(config.WORKBOOK_FUNCTION_NAME));

export const handler = handle(app);
