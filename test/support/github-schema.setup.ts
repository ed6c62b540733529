// Every test that made the GitHub stand-in serve a response breaking the official API
// description fails, whoever started the stand-in and whenever it closes (github-schema.ts).
import { afterEach } from 'vitest';
import { liveStandIns, reportViolations } from './github-api.ts';

afterEach(() => {
  for (const api of liveStandIns) reportViolations(api);
});
