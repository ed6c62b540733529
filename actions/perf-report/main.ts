import { run } from '../lib/run.ts';
import { perfReport } from './perf-report.ts';

run(perfReport);
