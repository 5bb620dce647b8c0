import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@3factor/dev/paths.js';
import { joinActions, parseActionsSdl, splitActions } from '../../src/metadata/actions-sdl.js';
import { loadMetadataDirectory } from '../../src/metadata/load-directory.js';

/** actions.graphql + actions.yaml ↔ the metadata's actions and custom_types, as the Hasura CLI splits them. */
const SDL = `
type Mutation {
  "make one"
  createThing(name: String!, tags: [String!], opts: ThingInput): ThingOutput
}

type Query {
  thing(id: uuid!): ThingOutput
}

scalar Money

"how loud"
enum Volume {
  LOW
  "very"
  HIGH
}

input ThingInput {
  volume: Volume
  price: Money
}

type ThingOutput {
  id: uuid!
  "its name"
  name: String
}
`;

describe('actions.graphql', () => {
  it('joins the SDL with actions.yaml into the metadata the CLI applies', () => {
    const yaml = {
      actions: [
        { name: 'createThing', definition: { kind: 'synchronous', handler: '{{BASE}}/create' }, permissions: [{ role: 'user' }] },
        { name: 'thing', definition: { kind: '', handler: '{{BASE}}/thing' }, comment: 'read one' },
      ],
      custom_types: {
        objects: [{ name: 'ThingOutput', relationships: [{ name: 'row', type: 'object', remote_table: 'things', field_mapping: { id: 'id' } }] }],
        scalars: [{ name: 'Money' }],
      },
    };
    const { actions, customTypes } = joinActions(yaml as never, parseActionsSdl(SDL));
    expect(actions[0]).toEqual({
      name: 'createThing',
      definition: {
        kind: 'synchronous',
        handler: '{{BASE}}/create',
        type: 'mutation',
        arguments: [
          { name: 'name', type: 'String!' },
          { name: 'tags', type: '[String!]' },
          { name: 'opts', type: 'ThingInput' },
        ],
        output_type: 'ThingOutput',
      },
      permissions: [{ role: 'user' }],
    });
    expect(actions[1]!.definition).toMatchObject({ type: 'query', arguments: [{ name: 'id', type: 'uuid!' }], output_type: 'ThingOutput' });
    expect(customTypes).toEqual({
      scalars: [{ name: 'Money' }],
      enums: [{ name: 'Volume', description: 'how loud', values: [{ value: 'LOW' }, { value: 'HIGH', description: 'very' }] }],
      input_objects: [
        {
          name: 'ThingInput',
          fields: [
            { name: 'volume', type: 'Volume' },
            { name: 'price', type: 'Money' },
          ],
        },
      ],
      objects: [
        {
          name: 'ThingOutput',
          fields: [
            { name: 'id', type: 'uuid!' },
            { name: 'name', type: 'String', description: 'its name' },
          ],
          relationships: [{ name: 'row', type: 'object', remote_table: 'things', field_mapping: { id: 'id' } }],
        },
      ],
    });
  });

  it('splits the metadata back into the two files, and the split joins to the same metadata', () => {
    const joined = joinActions(
      {
        actions: [
          { name: 'createThing', definition: { kind: 'synchronous', handler: 'h' } },
          { name: 'thing', definition: { handler: 'h2' } },
        ],
      } as never,
      parseActionsSdl(SDL),
    );
    const split = splitActions(joined.actions, joined.customTypes);
    expect(split.yaml.actions).toEqual([
      { name: 'createThing', definition: { kind: 'synchronous', handler: 'h' } },
      { name: 'thing', definition: { handler: 'h2' } },
    ]);
    const again = joinActions(split.yaml as never, parseActionsSdl(split.graphql));
    expect(again.actions).toEqual(joined.actions);
    expect(again.customTypes).toEqual(joined.customTypes);
  });

  it("loads the repository's sign-in Actions from hasura/metadata", () => {
    const metadata = loadMetadataDirectory(join(repoRoot, 'hasura', 'metadata'));
    expect(metadata.actions?.map((a) => [a.name, a.definition.type, a.definition.output_type, a.permissions])).toEqual([
      ['login', 'mutation', 'AuthResult', [{ role: 'anonymous' }]],
      ['signup', 'mutation', 'AuthResult', [{ role: 'anonymous' }]],
    ]);
    expect(metadata.actions?.[0]?.definition.arguments).toEqual([
      { name: 'username', type: 'String!' },
      { name: 'password', type: 'String!' },
    ]);
    expect(metadata.custom_types?.objects?.map((o) => o.name)).toEqual(['AuthResult', 'AuthUser']);
  });
});
