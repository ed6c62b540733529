/** select-runner's shell: read inputs, ask the API (unless the mode says not to), decide, report. */
import { apiUrl, poll, type TokenSource, tokenSource } from '../fleet/poll.ts';
import { queuedJobLabels } from '../fleet/queue.ts';
import { readFleet } from '../fleet/read.ts';
import type { Deadline } from '../lib/deadline.ts';
import { InputError, messageOf, sentence } from '../lib/errors.ts';
import { createClient } from '../lib/github.ts';
import { createReader, fromEnv } from '../lib/inputs.ts';
import { appendSummary, info, oneLine, setOutput, warning } from '../lib/runner.ts';
import {
  type Assessment,
  assess,
  candidateDecision,
  type Decision,
  decide,
  fallbackDecision,
  firstCandidateWatch,
} from './decide.ts';
import { readSelectInputs, type SelectInputs } from './inputs.ts';
import { selectSummary } from './summary.ts';

export async function selectRunner(): Promise<void> {
  const inputs = readSelectInputs(createReader(fromEnv()));
  const { decision, assessments } = await choose(inputs);
  const runsOn = JSON.stringify(decision.runsOn);
  // Reasons carry text from the API (registered labels, messages): one escaped line each.
  info(`runs-on: ${oneLine(runsOn)} (${decision.runnerType})`);
  info(oneLine(decision.reason));
  setOutput('runs-on', runsOn);
  setOutput('use-runner', runsOn);
  setOutput('runner-type', decision.runnerType);
  setOutput('labels', decision.labels.join(','));
  setOutput('is-fallback', decision.isFallback);
  setOutput('candidate', decision.candidate);
  setOutput('reason', decision.reason);
  setOutput('matrix', JSON.stringify(decision.matrix));
  appendSummary(selectSummary(decision, assessments));
}

interface Outcome {
  decision: Decision;
  assessments: Assessment[];
}

async function choose(inputs: SelectInputs): Promise<Outcome> {
  if (inputs.mode === 'github-hosted') {
    return {
      decision: fallbackDecision(
        inputs,
        'The mode is github-hosted, so the fallback runs the job; the API was not asked.',
      ),
      assessments: [],
    };
  }
  if (inputs.mode === 'self-hosted') {
    return {
      decision: candidateDecision(
        inputs,
        0,
        'The mode is self-hosted, so the first candidate runs the job; the API was not asked.',
      ),
      assessments: [],
    };
  }
  // A scale set first in line is available without asking: its runners scale from zero.
  const [first] = assess({ ...inputs, candidates: inputs.candidates.slice(0, 1) }, []);
  if (first?.scaleSet) {
    return {
      decision: candidateDecision(
        inputs,
        0,
        `Candidate 0 [${first.labels.join(', ')}] runs the job: ${first.note} The API was not asked.`,
      ),
      assessments: [first],
    };
  }
  const token = tokenSource(inputs, apiUrl());
  try {
    const { result } = await poll(
      inputs,
      (limit) => round(inputs, token, limit),
      (r) => !r.decision.isFallback,
      (r) => r.decision.reason,
    );
    return result;
  } catch (error) {
    if (error instanceof InputError || !inputs.fallbackOnError) throw error;
    const reason = `${sentence(messageOf(error))} Because fallback-on-error is true, the fallback ${inputs.fallback.join(', ')} runs the job.`;
    warning(reason, { title: 'select-runner fell back' });
    return { decision: fallbackDecision(inputs, reason), assessments: [] };
  }
}

async function round(inputs: SelectInputs, token: TokenSource, limit: Deadline): Promise<Outcome> {
  const baseUrl = apiUrl();
  const client = await createClient({ token: await token(limit), baseUrl, deadline: limit });
  const enough = inputs.countQueuedJobs ? undefined : firstCandidateWatch(inputs);
  const fleet = await readFleet(client, inputs, enough);
  const queued =
    inputs.countQueuedJobs && inputs.repository
      ? await queuedJobLabels(client, inputs.repository, process.env.GITHUB_RUN_ID)
      : [];
  const assessments = assess(inputs, fleet.runners, queued);
  return { decision: decide(inputs, assessments), assessments };
}
