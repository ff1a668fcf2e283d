/**
 * The planner's price of reading a page out of order, relative to reading the next one (1.0).
 * PostgreSQL's default, 4, assumes most pages come from disk; its documentation advises less when
 * the database fits in memory. At 4, a search for a word found in a third of all provisions read
 * the whole table and tested every row's vector instead of reading only the matches through the
 * index: 170 instead of 105 ms at 100,000 provisions (decision 1015). Set on every app connection
 * and on the embedded database's one session (lib/db/embedded.ts).
 */
export const RANDOM_PAGE_COST = 1.1
