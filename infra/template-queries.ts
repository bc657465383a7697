import type { Template } from 'aws-cdk-lib/assertions';
import * as z from 'zod';

const ZJoinSchema = z.object({ 'Fn::Join': z.tuple([z.string(), z.array(z.unknown())]) });

/** Small readers of a synthesized template, shared by the infra tests. */
export function templateQueries(template: Template) {
  const resources = (type: string) => template.findResources(type);
  const idsOf = (type: string) => Object.keys(resources(type));
  /** The logical id of the only resource of `type`; throws when there is not exactly one. */
  const onlyId = (type: string): string => {
    const ids = idsOf(type);
    if (ids.length !== 1) throw new Error(`expected one ${type}, found ${ids.length}`);
    return ids[0] ?? '';
  };
  /** The logical id of the resource of `type` whose id contains `part` (e.g. 'Outbox'). */
  const idLike = (type: string, part: string): string => {
    const ids = idsOf(type).filter((id) => id.includes(part));
    if (ids.length !== 1) throw new Error(`expected one ${type} like ${part}, found ${ids.join(', ')}`);
    return ids[0] ?? '';
  };
  const propertiesOf = (id: string) => template.toJSON().Resources[id].Properties;
  return { resources, idsOf, onlyId, idLike, propertiesOf };
}

export const arnOf = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
export const objectsOf = (id: string) => ({ 'Fn::Join': ['', [arnOf(id), '/*']] });

/** A CloudFormation value with every Ref / GetAtt replaced by a placeholder, joins joined. */
export function resolvePlaceholders(value: unknown): string {
  if (typeof value === 'string') return value;
  const join = ZJoinSchema.safeParse(value);
  if (join.success) {
    const [separator, parts] = join.data['Fn::Join'];
    return parts.map(resolvePlaceholders).join(separator);
  }
  return 'resolved-at-deploy';
}
