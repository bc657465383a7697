/**
 * The header CloudFront adds to every request it forwards to the API, carrying a secret only the
 * distribution and the API know (infra/constructs/api.ts). Its own module, without side effects,
 * so infra/ can import the name.
 */
export const originSecretHeader = 'x-origin-verify';
