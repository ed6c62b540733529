import { run } from '../lib/run.ts';
import { cleanupPost } from './cleanup.ts';

run(cleanupPost);
