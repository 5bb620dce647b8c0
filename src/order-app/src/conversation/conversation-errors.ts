import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { friendlyError } from '../apollo/errors.js';

// The database refuses a message with a sentence (order_messages_enforce raises check_violation:
// "a message has 1 to 2000 characters…", "the conversation of order … closed an hour after its
// delivery", "… can no longer be edited or deleted: the 10 minutes are over"); the engine and
// Hasura pass it on as "Check constraint violation. <sentence>". The sentence is for the person.
export function conversationRefusal(error: unknown, refused = 'Not sent'): string {
  if (CombinedGraphQLErrors.is(error)) {
    for (const e of error.errors) {
      const sentence = /check constraint violation\.\s*(.+)$/is.exec(e.message)?.[1];
      if (sentence) return `${refused}: ${sentence.replace(/\.$/, '')}.`;
    }
  }
  return friendlyError(error);
}
