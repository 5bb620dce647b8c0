import {
  Kind,
  getNamedType,
  isInputObjectType,
  valueFromAST,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLInputObjectType,
  type ObjectFieldNode,
  type OperationDefinitionNode,
  type SelectionNode,
  type ValueNode,
} from 'graphql';
import { streamMeaning } from '../schema/stream-fields.js';

export const CURSOR_VARIABLE = '_realtime_cursor';
const HIDDEN_CURSOR_KEY = '_realtime_stream_cursor';

export interface StreamRewrite {
  document: DocumentNode;
  /** The rewritten operation inside `document`. */
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  /** Response key of the stream field (its alias or name). */
  responseKey: string;
  /** Key of the cursor column inside each row. */
  cursorKey: string;
  /** The cursor column was added to the selection by the rewrite, so it must be removed from results. */
  hiddenCursor: boolean;
  /** The cursor column's GraphQL name and direction; they shape the SQL. */
  column: string;
  ordering: 'ASC' | 'DESC';
  /** `batch_size`, when it is a literal or a variable holding an integer: a batch shorter than it leaves nothing behind. */
  batchSize?: number;
}

export class StreamArgumentError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
const objectField = (key: string, value: ValueNode): ObjectFieldNode => ({ kind: Kind.OBJECT_FIELD, name: name(key), value });
const argument = (key: string, value: ValueNode): ArgumentNode => ({ kind: Kind.ARGUMENT, name: name(key), value });

/**
 * Turns `<t>_stream(batch_size: B, cursor: {initial_value: {col: V}, ordering: O}, where: W) {...}`
 * into the select field it stands for:
 * `<t>(where: {_and: [W, {col: {_gt: $cursor}}]}, order_by: {col: asc}, limit: B) {..., col}`
 * (`_lt`/`desc` for DESC), with the cursor as a variable so it is a bind parameter of the SQL
 * that each cohort replaces with its own position.
 */
export function rewriteStream(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  field: FieldNode,
  definition: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown>,
): StreamRewrite {
  const meaning = streamMeaning(definition)!;
  const path = `$.selectionSet.${field.alias?.value ?? field.name.value}`;
  const arg = (n: string) => field.arguments?.find((a) => a.name.value === n);
  const cursorArg = definition.args.find((a) => a.name === 'cursor')!;
  const cursorValue = valueFromAST(arg('cursor')!.value, cursorArg.type, variables) as
    Array<{ initial_value: Record<string, unknown>; ordering?: 'ASC' | 'DESC' | null } | null> | undefined;
  if (!cursorValue || cursorValue.length === 0 || cursorValue[0] === null) {
    throw new StreamArgumentError('one streaming column field is expected', `${path}.args.cursor`);
  }
  if (cursorValue.length > 1) throw new StreamArgumentError('multiple column cursors are not supported yet', `${path}.args.cursor`);
  const { initial_value: initial, ordering: orderingValue } = cursorValue[0]!;
  const columns = Object.keys(initial);
  if (columns.length !== 1) {
    throw new StreamArgumentError(columns.length === 0 ? 'one streaming column field is expected' : 'multiple column cursors are not supported yet', `${path}.args.cursor`);
  }
  const column = columns[0]!;
  const start = initial[column];
  if (start === null || start === undefined) throw new StreamArgumentError('the initial value of a cursor must not be null', `${path}.args.cursor`);
  const ordering = orderingValue ?? 'ASC';

  const cursorInput = getNamedType(cursorArg.type) as GraphQLInputObjectType;
  const valueInput = getNamedType(cursorInput.getFields().initial_value!.type);
  if (!isInputObjectType(valueInput)) throw new StreamArgumentError('invalid cursor type', `${path}.args.cursor`);
  const columnType = getNamedType(valueInput.getFields()[column]!.type);

  const after: ValueNode = {
    kind: Kind.OBJECT,
    fields: [
      objectField(column, {
        kind: Kind.OBJECT,
        fields: [objectField(ordering === 'ASC' ? '_gt' : '_lt', { kind: Kind.VARIABLE, name: name(CURSOR_VARIABLE) })],
      }),
    ],
  };
  const userWhere = arg('where')?.value;
  const where: ValueNode = userWhere ? { kind: Kind.OBJECT, fields: [objectField('_and', { kind: Kind.LIST, values: [userWhere, after] })] } : after;
  const orderBy: ValueNode = {
    kind: Kind.OBJECT,
    fields: [objectField(column, { kind: Kind.ENUM, value: ordering === 'ASC' ? 'asc' : 'desc' })],
  };

  const selections = [...(field.selectionSet?.selections ?? [])];
  const existing = selections.find(
    (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === column && (s.arguments?.length ?? 0) === 0 && (s.directives?.length ?? 0) === 0,
  );
  const cursorKey = existing ? (existing.alias?.value ?? existing.name.value) : HIDDEN_CURSOR_KEY;
  if (!existing) selections.push({ kind: Kind.FIELD, alias: name(HIDDEN_CURSOR_KEY), name: name(column) } as SelectionNode);

  const responseKey = field.alias?.value ?? field.name.value;
  const rewritten: FieldNode = {
    kind: Kind.FIELD,
    alias: name(responseKey),
    name: name(meaning.selectField),
    arguments: [argument('where', where), argument('order_by', orderBy), argument('limit', arg('batch_size')!.value)],
    directives: field.directives,
    selectionSet: { kind: Kind.SELECTION_SET, selections },
  };
  const newOperation: OperationDefinitionNode = {
    ...operation,
    variableDefinitions: [
      ...(operation.variableDefinitions ?? []),
      {
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: name(CURSOR_VARIABLE) },
        type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: name(columnType.name) } },
      },
    ],
    selectionSet: { kind: Kind.SELECTION_SET, selections: [rewritten] },
  };
  return {
    document: { ...document, definitions: document.definitions.map((d) => (d === operation ? newOperation : d)) },
    operation: newOperation,
    variables: { ...variables, [CURSOR_VARIABLE]: start },
    responseKey,
    cursorKey,
    hiddenCursor: !existing,
    column,
    ordering,
    ...batchSizeOf(arg('batch_size')?.value, variables),
  };
}

/** The batch size as a number, when the document or a variable gives one (a malformed one is the compiler's to refuse). */
function batchSizeOf(node: ValueNode | undefined, variables: Record<string, unknown>): { batchSize?: number } {
  const value = node?.kind === Kind.INT ? Number(node.value) : node?.kind === Kind.VARIABLE ? variables[node.name.value] : undefined;
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? { batchSize: value } : {};
}
