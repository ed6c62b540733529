import { run } from '../lib/run.ts';
import { saveStore } from './cache.ts';

run(saveStore);
