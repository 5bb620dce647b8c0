export { BodyTooLargeError, readBody } from './read-body.js';
