import { run } from '../lib/run.ts';
import { checkRunner } from './check.ts';

run(checkRunner);
