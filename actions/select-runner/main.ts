import { run } from '../lib/run.ts';
import { selectRunner } from './select.ts';

run(selectRunner);
