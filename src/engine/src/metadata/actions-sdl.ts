import {
  Kind,
  parse,
  print,
  type DefinitionNode,
  type EnumTypeDefinitionNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type TypeNode,
} from 'graphql';
import type { ActionMetadata, CustomTypeField, CustomTypes } from './types.js';

/**
 * The Hasura CLI's split of actions over two files: `actions.graphql` holds the GraphQL side
 * (each action as a field of `type Mutation` / `type Query`, the custom types with their fields)
 * and `actions.yaml` the rest (handler, kind, headers, permissions; objects' relationships).
 * These two functions join them into the metadata's `actions` / `custom_types` and split them back.
 */
export interface ActionsSdl {
  actions: Map<string, { type: 'mutation' | 'query'; arguments: CustomTypeField[]; output_type: string; description: string | null }>;
  customTypes: Required<CustomTypes>;
}

const typeText = (type: TypeNode): string => print(type);

function argumentOf(node: InputValueDefinitionNode): CustomTypeField {
  return { name: node.name.value, type: typeText(node.type), ...(node.description ? { description: node.description.value } : {}) };
}

function fieldOf(node: FieldDefinitionNode): CustomTypeField {
  return { name: node.name.value, type: typeText(node.type), ...(node.description ? { description: node.description.value } : {}) };
}

function rootKind(name: string): 'mutation' | 'query' | null {
  if (name === 'Mutation' || name === 'mutation_root') return 'mutation';
  if (name === 'Query' || name === 'query_root') return 'query';
  return null;
}

export function parseActionsSdl(text: string): ActionsSdl {
  const result: ActionsSdl = { actions: new Map(), customTypes: { scalars: [], enums: [], input_objects: [], objects: [] } };
  if (text.trim() === '') return result;
  const definitions: readonly DefinitionNode[] = parse(text).definitions;
  for (const def of definitions) {
    const description = 'description' in def && def.description ? { description: def.description.value } : {};
    switch (def.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.OBJECT_TYPE_EXTENSION: {
        const node = def as ObjectTypeDefinitionNode | ObjectTypeExtensionNode;
        const root = rootKind(node.name.value);
        if (root) {
          for (const field of node.fields ?? []) {
            result.actions.set(field.name.value, {
              type: root,
              arguments: (field.arguments ?? []).map(argumentOf),
              output_type: typeText(field.type),
              description: field.description?.value ?? null,
            });
          }
        } else {
          result.customTypes.objects.push({ name: node.name.value, ...description, fields: (node.fields ?? []).map(fieldOf) });
        }
        break;
      }
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
        result.customTypes.input_objects.push({ name: def.name.value, ...description, fields: (def.fields ?? []).map(argumentOf) });
        break;
      case Kind.ENUM_TYPE_DEFINITION:
        result.customTypes.enums.push({
          name: def.name.value,
          ...description,
          values: ((def as EnumTypeDefinitionNode).values ?? []).map((v) => ({ value: v.name.value, ...(v.description ? { description: v.description.value } : {}) })),
        });
        break;
      case Kind.SCALAR_TYPE_DEFINITION:
        result.customTypes.scalars.push({ name: def.name.value, ...description });
        break;
      default:
        break;
    }
  }
  return result;
}

type YamlActions = { actions?: unknown; custom_types?: { objects?: { name: string; relationships?: unknown }[] } & Record<string, unknown> };

/** actions.yaml + actions.graphql → the metadata's `actions` and `custom_types`, as `hasura metadata apply` sends them. */
export function joinActions(yaml: YamlActions | undefined, sdl: ActionsSdl): { actions: ActionMetadata[]; customTypes: CustomTypes } {
  const yamlActions = Array.isArray(yaml?.actions) ? (yaml.actions as ActionMetadata[]) : [];
  const actions = yamlActions.map((action) => {
    const fromSdl = sdl.actions.get(action.name);
    const definition = { ...action.definition };
    if (fromSdl) {
      definition.arguments = fromSdl.arguments;
      definition.output_type = fromSdl.output_type;
      definition.type = fromSdl.type;
    }
    return { ...action, definition };
  });
  const relationships = new Map((yaml?.custom_types?.objects ?? []).map((o) => [o.name, o.relationships]));
  const objects = sdl.customTypes.objects.map((o) => (relationships.get(o.name) ? { ...o, relationships: relationships.get(o.name) as never } : o));
  // Types only in actions.yaml (metadata written without an actions.graphql) are kept as they are.
  const fromYaml = (key: keyof CustomTypes): unknown[] => {
    const list = yaml?.custom_types?.[key];
    const named = new Set((sdl.customTypes[key] as { name: string }[]).map((t) => t.name));
    return Array.isArray(list) ? list.filter((t: { name: string; fields?: unknown; values?: unknown }) => !named.has(t.name) && (key === 'scalars' || t.fields || t.values)) : [];
  };
  return {
    actions,
    customTypes: {
      scalars: [...sdl.customTypes.scalars, ...(fromYaml('scalars') as never[])],
      enums: [...sdl.customTypes.enums, ...(fromYaml('enums') as never[])],
      input_objects: [...sdl.customTypes.input_objects, ...(fromYaml('input_objects') as never[])],
      objects: [...objects, ...(fromYaml('objects') as never[])],
    },
  };
}

const describe = (description: string | null | undefined, indent = ''): string => (description ? `${indent}${JSON.stringify(description)}\n` : '');

function printFields(fields: CustomTypeField[], indent: string): string {
  return fields.map((f) => `${describe(f.description, indent)}${indent}${f.name}: ${f.type}`).join('\n');
}

/** The metadata's actions and custom types back in the CLI's two files. */
export function splitActions(
  actions: readonly ActionMetadata[],
  customTypes: CustomTypes | undefined,
): { graphql: string; yaml: { actions: unknown[]; custom_types: Record<string, unknown[]> } } {
  const parts: string[] = [];
  for (const root of ['query', 'mutation'] as const) {
    const ofRoot = actions.filter((a) => (a.definition.type ?? 'mutation') === root);
    if (ofRoot.length === 0) continue;
    const fields = ofRoot.map((a) => {
      const args = a.definition.arguments ?? [];
      const argText = args.length > 0 ? `(\n${printFields(args, '    ')}\n  )` : '';
      return `${describe(a.comment, '  ')}  ${a.name}${argText}: ${a.definition.output_type}`;
    });
    parts.push(`type ${root === 'query' ? 'Query' : 'Mutation'} {\n${fields.join('\n')}\n}`);
  }
  const types = customTypes ?? {};
  for (const s of types.scalars ?? []) parts.push(`${describe(s.description)}scalar ${s.name}`);
  for (const e of types.enums ?? []) parts.push(`${describe(e.description)}enum ${e.name} {\n${e.values.map((v) => `${describe(v.description, '  ')}  ${v.value}`).join('\n')}\n}`);
  for (const i of types.input_objects ?? []) parts.push(`${describe(i.description)}input ${i.name} {\n${printFields(i.fields, '  ')}\n}`);
  for (const o of types.objects ?? []) parts.push(`${describe(o.description)}type ${o.name} {\n${printFields(o.fields, '  ')}\n}`);
  const yamlActions = actions.map((a) => {
    const { arguments: _args, output_type: _output, type: _type, ...definition } = a.definition;
    return { name: a.name, definition, ...(a.permissions?.length ? { permissions: a.permissions } : {}), ...(a.comment ? { comment: a.comment } : {}) };
  });
  return {
    graphql: parts.length > 0 ? `${parts.join('\n\n')}\n` : '',
    yaml: {
      actions: yamlActions,
      custom_types: {
        enums: (types.enums ?? []).map((e) => ({ name: e.name })),
        input_objects: (types.input_objects ?? []).map((i) => ({ name: i.name })),
        objects: (types.objects ?? []).map((o) => ({ name: o.name, ...(o.relationships?.length ? { relationships: o.relationships } : {}) })),
        scalars: (types.scalars ?? []).map((s) => ({ name: s.name })),
      },
    },
  };
}
