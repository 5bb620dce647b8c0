// The rules of a rating as the form shows them. The database holds them (ratings_enforce and
// the table's checks); these only let the form say what is wrong before asking.

/** A rating can be changed for this long after it is given (ratings_enforce). */
export const RATING_EDIT_WINDOW_MS = 24 * 60 * 60 * 1000;
export const MAX_COMMENT_LENGTH = 1000;
export const STAR_VALUES = [1, 2, 3, 4, 5] as const;

export interface RatingDraft {
  restaurantStars: number | null;
  courierStars: number | null;
  comment: string;
}

/** Until when a rating given at `createdAt` can be changed, in epoch milliseconds. */
export function ratingEditableUntil(createdAt: string): number {
  return Date.parse(createdAt) + RATING_EDIT_WINDOW_MS;
}

export function isRatingEditable(createdAt: string, now: number): boolean {
  return now <= ratingEditableUntil(createdAt);
}

const isStars = (n: number | null): boolean => n !== null && Number.isInteger(n) && n >= 1 && n <= 5;

/** Every problem with the draft at once; none means it can be sent. */
export function ratingProblems(draft: RatingDraft, hadCourier: boolean): string[] {
  const problems: string[] = [];
  if (!isStars(draft.restaurantStars)) problems.push('Choose 1 to 5 stars for the restaurant.');
  if (draft.courierStars !== null && !hadCourier) problems.push('This order had no courier to rate.');
  else if (draft.courierStars !== null && !isStars(draft.courierStars)) problems.push('Choose 1 to 5 stars for the courier.');
  if (draft.comment.length > MAX_COMMENT_LENGTH) problems.push(`Keep the comment under ${MAX_COMMENT_LENGTH} characters.`);
  return problems;
}

/** The values the mutation sends: an empty comment is no comment. */
export function ratingInput(draft: RatingDraft): { restaurant_stars: number; courier_stars: number | null; comment: string | null } {
  const comment = draft.comment.trim();
  return { restaurant_stars: draft.restaurantStars ?? 0, courier_stars: draft.courierStars, comment: comment === '' ? null : comment };
}
