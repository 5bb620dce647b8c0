/**
 * The documents the e2e tests themselves send with a user's token (from the page, as a forged
 * request would come): they are the tests', not the app's, so the production allow-list does not
 * hold them. The e2e stack runs with the allow-list on and adds them in a collection of its own
 * (stack.ts), so the app's documents must all be in hasura/metadata/query_collections.yaml.
 */
export const STRANGER_READS_MESSAGES = `query($o: uuid!) { order_messages(where: {order_id: {_eq: $o}}) { id } order_messages_aggregate(where: {order_id: {_eq: $o}}) { aggregate { count } } }`;
export const BLANK_PASSWORD_SIGNUP = 'mutation { signup(username: "spaces8", password: "        ") { token } }';
export const SECOND_RATING = 'mutation ($id: uuid!) { insert_ratings_one(object: { order_id: $id, restaurant_stars: 5 }) { order_id } }';

export const DRIVER_DOCUMENTS: Record<string, string> = {
  StrangerReadsMessages: STRANGER_READS_MESSAGES,
  BlankPasswordSignup: BLANK_PASSWORD_SIGNUP,
  SecondRating: SECOND_RATING,
};
