/** check-runner's shell: read inputs, poll the fleet, write the counts and the summary. */
import { type FleetInputs, readFleetInputs, requireLabels } from '../fleet/inputs.ts';
import { apiUrl, poll, tokenSource } from '../fleet/poll.ts';
import { readFleet } from '../fleet/read.ts';
import { type Runner, tally } from '../fleet/runner.ts';
import { messageOf } from '../lib/errors.ts';
import { createClient } from '../lib/github.ts';
import { createReader, fromEnv } from '../lib/inputs.ts';
import { appendSummary, error, info, oneLine, setOutput, warning } from '../lib/runner.ts';
import { type GuardInputs, guardOn, readGuardInputs, runGuardLazily } from './guard-inputs.ts';
import { type Check, check, checkSummary, runnersJson } from './report.ts';

interface CheckInputs extends FleetInputs {
  labels: string[];
  minIdle: number;
  failIfUnavailable: boolean;
  guard: GuardInputs;
}

function readCheckInputs(): CheckInputs {
  const read = createReader(fromEnv());
  const fleet = readFleetInputs(read);
  // The fleet guard (docs/decisions/fleet-guard.md): `labels` is optional when it is on.
  const guard = readGuardInputs(read, fleet);
  return {
    labels: guardOn(guard) ? read.list('labels') : requireLabels(read, 'labels'),
    minIdle: read.int('min-idle', 1, { min: 1 }),
    failIfUnavailable: read.bool('fail-if-unavailable', false),
    ...fleet,
    guard,
  };
}

export async function checkRunner(): Promise<void> {
  const inputs = readCheckInputs();
  const baseUrl = apiUrl();
  const token = tokenSource(inputs, baseUrl);
  const guard = (runners?: Runner[]) => runGuardLazily({ inputs, token, baseUrl, runners });
  if (!inputs.labels.length) {
    if (await guard()) process.exitCode = 1;
    return;
  }
  let fleetRunners: Runner[] | undefined;
  let result: Check;
  let scopes: string[] = [];
  try {
    const polled = await poll(
      inputs,
      async (limit) => {
        const client = await createClient({ token: await token(limit), baseUrl, deadline: limit });
        const fleet = await readFleet(client, inputs);
        scopes = fleet.scopes;
        fleetRunners = fleet.runners;
        return check(fleet.runners, inputs.labels, inputs.minIdle);
      },
      (r) => r.available,
      (r) => r.reason,
    );
    result = polled.result;
  } catch (cause) {
    const reason = messageOf(cause);
    warning(reason, { title: 'check-runner could not read the runners' });
    result = {
      labels: inputs.labels,
      minIdle: inputs.minIdle,
      matched: [],
      counts: tally([]),
      available: false,
      reason,
    };
  }
  const { counts } = result;
  info(`available: ${result.available}. ${oneLine(result.reason)}`);
  setOutput('available', result.available);
  setOutput('total', counts.total);
  setOutput('online', counts.online);
  setOutput('idle', counts.idle);
  setOutput('busy', counts.busy);
  setOutput('offline', counts.offline);
  setOutput('runners', runnersJson(result.matched));
  setOutput('reason', result.reason);
  appendSummary(checkSummary(result, scopes));
  if (!result.available && inputs.failIfUnavailable) {
    error(result.reason, { title: 'No runner available (fail-if-unavailable)' });
    process.exitCode = 1;
  }
  if (guardOn(inputs.guard) && (await guard(fleetRunners))) process.exitCode = 1;
}
