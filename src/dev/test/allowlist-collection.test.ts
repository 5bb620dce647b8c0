import { parse } from 'graphql';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { allowListYaml, COLLECTION_NAME, collectionQueries, queryCollectionsYaml } from '../src/allowlist/collection.js';

/** The allow-list's collection, rule by rule, from documents given here (test/allowlist checks the apps' own). */
const doc = (text: string, source = 'order-app') => ({ source, document: parse(text, { noLocation: true }) });

describe('collectionQueries', () => {
  it('names each query after its operation, sorted, stored as the client prints it (fragments included)', () => {
    const queries = collectionQueries([
      doc('query Zeta { restaurants { ...R } } fragment R on restaurants { id }'),
      doc('mutation Alpha($id: uuid!) { update_orders_by_pk(pk_columns: {id: $id}, _set: {status: "approved"}) { id } }'),
    ]);
    expect(queries.map((q) => q.name)).toEqual(['Alpha', 'Zeta']);
    expect(queries[1]!.query).toBe('query Zeta {\n  restaurants {\n    ...R\n  }\n}\n\nfragment R on restaurants {\n  id\n}');
  });

  it('keeps one entry when two apps send the same document under one name', () => {
    expect(collectionQueries([doc('query Login { a }', 'order-app'), doc('query  Login {a}', 'analytics-app')])).toHaveLength(1);
  });

  it('refuses two different documents under one name, naming both sources', () => {
    expect(() => collectionQueries([doc('query Login { a }', 'order-app'), doc('query Login { b }', 'analytics-app')])).toThrow(
      'operation Login is sent by order-app and by analytics-app with different documents: rename one of them',
    );
  });

  it('refuses an anonymous operation and a document with two operations', () => {
    expect(() => collectionQueries([doc('{ restaurants { id } }')])).toThrow(/exactly one named operation/);
    expect(() => collectionQueries([doc('query A { a } query B { b }')])).toThrow(/exactly one named operation/);
  });
});

describe('the metadata files', () => {
  it('hold the collection in the Hasura CLI layout, and put it in the allow-list for every role', () => {
    const queries = collectionQueries([doc('query A { a }')]);
    expect(parseYaml(queryCollectionsYaml(queries))).toEqual([{ name: COLLECTION_NAME, definition: { queries: [{ name: 'A', query: 'query A {\n  a\n}\n' }] } }]);
    expect(parseYaml(allowListYaml())).toEqual([{ collection: COLLECTION_NAME }]);
  });
});
