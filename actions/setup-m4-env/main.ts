import { run } from '../lib/run.ts';
import { setupM4Env } from './setup.ts';

run(setupM4Env);
