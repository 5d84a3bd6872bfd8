import { hello } from './hello.js';
import { search } from './search.js';
import type { Scenario } from './types.js';

/** Every scenario, in the order the bench runs them (hello first: the others are relative to it). */
export const scenarios: Scenario[] = [hello, search];
