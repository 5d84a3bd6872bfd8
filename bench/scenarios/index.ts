import { approve } from './approve.js';
import { gradingForm } from './grading-form.js';
import { hello } from './hello.js';
import { priceQuote } from './price-quote.js';
import { register } from './register.js';
import { search, searchCold } from './search.js';
import { tree } from './tree.js';
import { ship } from './ship.js';
import { webhooks } from './webhooks.js';
import type { Scenario } from './types.js';

/** Every scenario, in the order the bench runs them (hello first: the others are relative to it). */
export const scenarios: Scenario[] = [hello, search, searchCold, tree, gradingForm, priceQuote, register, approve, ship, webhooks];
