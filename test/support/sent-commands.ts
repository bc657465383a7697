import { dynamodb } from '../../functions/db/client.js';

/** Every DynamoDB command the calling test file's requests send from now on, by name, in order. */
export function recordSentCommands(): string[] {
  const sent: string[] = [];
  dynamodb.middlewareStack.add(
    (next, context) => async (args) => {
      sent.push(context.commandName ?? '?');
      return next(args);
    },
    { step: 'initialize', name: 'countCommands' },
  );
  return sent;
}
