import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  Kind,
  parseType,
  type GraphQLFieldConfigMap,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLType,
  type TypeNode,
} from 'graphql';
import type { ActionInfo, ActionsCatalog, CustomObjectInfo, TypeRef } from './catalog.js';
import { ext } from './extensions.js';
import { isAdminRole } from './role-access.js';
import { namedScalar } from './scalar-types.js';
import type { RoleTypes } from './table-types.js';

type Fields = GraphQLFieldConfigMap<unknown, unknown>;

/** Whether a role sees an action: admin always, others with a permission (Hasura's ActionPermissionInfo). */
export function canRunAction(action: ActionInfo, role: string): boolean {
  return isAdminRole(role) || action.roles.has(role);
}

function wrap<T extends GraphQLType>(node: TypeNode, named: (name: string) => T): GraphQLType {
  if (node.kind === Kind.NON_NULL_TYPE) return new GraphQLNonNull(wrap(node.type, named) as never);
  if (node.kind === Kind.LIST_TYPE) return new GraphQLList(wrap(node.type, named));
  return named(node.name.value);
}

/**
 * The custom types and action root fields of one role's schema (Hasura's Schema/Action.hs): an
 * output object's relationships into tables appear only where the role may select the table.
 */
export class RoleActionTypes {
  private readonly enums = new Map<string, GraphQLEnumType>();
  private readonly inputs = new Map<string, GraphQLInputObjectType>();
  private readonly objects = new Map<string, GraphQLObjectType>();
  private readonly logTypes = new Map<string, GraphQLObjectType>();

  constructor(
    private readonly types: RoleTypes,
    private readonly catalog: ActionsCatalog,
  ) {}

  private enumType(name: string): GraphQLEnumType | undefined {
    const def = this.catalog.customTypes.enums.find((e) => e.name === name);
    if (!def) return undefined;
    let type = this.enums.get(name);
    if (!type) {
      type = new GraphQLEnumType({
        name,
        description: def.description ?? undefined,
        values: Object.fromEntries(
          def.values.map((v) => [v.value, { value: v.value, description: v.description ?? undefined, deprecationReason: v.deprecated ? 'No longer supported' : undefined }]),
        ),
      });
      this.enums.set(name, type);
    }
    return type;
  }

  private namedInput = (name: string): GraphQLInputType => {
    const enumType = this.enumType(name);
    if (enumType) return enumType;
    const def = this.catalog.customTypes.inputObjects.find((i) => i.name === name);
    if (!def) return namedScalar(name);
    let type = this.inputs.get(name);
    if (!type) {
      type = new GraphQLInputObjectType({
        name,
        description: def.description ?? undefined,
        fields: () => Object.fromEntries(def.fields.map((f) => [f.name, { type: this.inputType(f.type), description: f.description ?? undefined }])),
      });
      this.inputs.set(name, type);
    }
    return type;
  };

  private namedOutput = (name: string): GraphQLOutputType => {
    const object = this.catalog.customTypes.objects.get(name);
    if (object) return this.objectType(object);
    return this.enumType(name) ?? namedScalar(name);
  };

  inputType(ref: TypeRef): GraphQLInputType {
    return wrap(parseType(ref.text), this.namedInput) as GraphQLInputType;
  }

  outputType(ref: TypeRef): GraphQLOutputType {
    return wrap(parseType(ref.text), this.namedOutput) as GraphQLOutputType;
  }

  objectType(object: CustomObjectInfo): GraphQLObjectType {
    let type = this.objects.get(object.name);
    if (!type) {
      type = new GraphQLObjectType({ name: object.name, description: object.description ?? undefined, fields: () => this.objectFields(object) });
      this.objects.set(object.name, type);
    }
    return type;
  }

  private objectFields(object: CustomObjectInfo): Fields {
    const fields: Fields = {};
    for (const f of object.fields) {
      fields[f.name] = { type: this.outputType(f.type), description: f.description ?? undefined, extensions: ext({ kind: 'action_output_field', name: f.name }) };
    }
    for (const rel of object.relationships) {
      const target = this.types.objectType(rel.target);
      if (!target) continue;
      if (rel.kind === 'object') fields[rel.name] = { type: target, extensions: ext({ kind: 'action_output_rel', rel }) };
      else {
        const type = new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(target)));
        fields[rel.name] = { type, args: this.types.selectArgs(rel.target), extensions: ext({ kind: 'action_output_rel', rel }) };
      }
    }
    return fields;
  }

  /** `<action>`: an async action's log entry as Hasura exposes it (id, created_at, errors, output). */
  private logType(action: ActionInfo): GraphQLObjectType {
    let type = this.logTypes.get(action.name);
    if (!type) {
      type = new GraphQLObjectType({
        name: action.name,
        fields: () => ({
          id: { type: new GraphQLNonNull(namedScalar('uuid')), extensions: ext({ kind: 'action_log_field', column: 'id' }) },
          created_at: { type: new GraphQLNonNull(namedScalar('timestamptz')), extensions: ext({ kind: 'action_log_field', column: 'created_at' }) },
          errors: { type: namedScalar('jsonb'), extensions: ext({ kind: 'action_log_field', column: 'errors' }) },
          output: {
            type: this.outputType({ ...action.output.type, text: action.output.type.text.replace(/!$/, '') }),
            extensions: ext({ kind: 'action_log_field', column: 'output' }),
          },
        }),
      });
      this.logTypes.set(action.name, type);
    }
    return type;
  }

  private args(action: ActionInfo) {
    return Object.fromEntries(action.arguments.map((a) => [a.name, { type: this.inputType(a.type), description: a.description ?? undefined }]));
  }

  /** The role's action fields: sync queries on the query root; mutations, and an async action's query and subscription. */
  addFields(roots: { query: Fields; mutation: Fields; subscription: Fields }): void {
    for (const action of this.catalog.actions) {
      if (!canRunAction(action, this.types.role)) continue;
      const description = action.comment ?? undefined;
      if (action.kind === 'asynchronous') {
        roots.mutation[action.name] = { type: new GraphQLNonNull(namedScalar('uuid')), args: this.args(action), description, extensions: ext({ kind: 'action', action }) };
        const query = {
          type: this.logType(action),
          args: { id: { type: new GraphQLNonNull(namedScalar('uuid')) } },
          description,
          extensions: ext({ kind: 'action_async_query', action }),
        };
        roots.query[action.name] = query;
        roots.subscription[action.name] = query;
        continue;
      }
      const field = { type: this.outputType(action.output.type), args: this.args(action), description, extensions: ext({ kind: 'action', action }) };
      if (action.type === 'query') roots.query[action.name] = field;
      else roots.mutation[action.name] = field;
    }
  }
}
