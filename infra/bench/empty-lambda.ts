/**
 * The smallest Lambda: a handler that imports nothing. Started behind Lambda's runtime client, its
 * init is Node's boot and the client's own start, which every function pays before its handler's
 * import (bench/lambda-runtime.ts).
 */
export const handler = async () => ({ statusCode: 204 });
