/**
 * The schema: imports every type file (for their side effects on the builder) and prints nothing else.
 */
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './enums.js';
import './provenance.js';
import './code.js';
import './fee-schedule.js';
import './modifier.js';
import './ncci.js';
import './denial.js';
import './explore.js';
import './claim-check.js';

export const schema = lexicographicSortSchema(builder.toSchema());
