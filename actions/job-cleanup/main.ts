import { run } from '../lib/run.ts';
import { cleanupMain } from './cleanup.ts';

run(cleanupMain);
