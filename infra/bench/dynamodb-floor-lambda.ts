import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

/**
 * The floor under every Capaian function: the minimal Hono Lambda with the DynamoDB client built,
 * bundled exactly like ours. What a function's start costs above it is ours to cut.
 */
const dynamodb = new DynamoDBClient({});
export const handler = handle(new Hono().get('/', (c) => c.text(typeof dynamodb.send)));
