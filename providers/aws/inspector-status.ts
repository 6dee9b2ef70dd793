/**
 * Amazon Inspector's status of accounts in one region (BatchGetAccountStatus; AWS Config does not
 * record it). An account the caller may not see (another account, when the caller is not Inspector's
 * delegated administrator) comes back in `failedAccounts` (ACCESS_DENIED): its state is unread,
 * never guessed.
 */
import { BatchGetAccountStatusCommand, type BatchGetAccountStatusCommandOutput } from '@aws-sdk/client-inspector2';
import { call, type Env } from './account-run.js';
import { describeError } from './clients.js';
import type { InspectorRead, InspectorState } from './facts.js';

/** Accounts one call may ask for (the API's limit). */
export const INSPECTOR_BATCH = 10;

function stateOf(resourceState: NonNullable<BatchGetAccountStatusCommandOutput['accounts']>[number]['resourceState']): InspectorState {
  return { ...(resourceState?.ec2?.status ? { ec2: resourceState.ec2.status } : {}), ...(resourceState?.ecr?.status ? { ecr: resourceState.ecr.status } : {}) };
}

/** Each account's state in the region; `failure` is the error that refused the whole call (its deadline or page faults make the scan incomplete). */
export async function readInspectorStatus(env: Env, region: string, accounts: readonly string[]): Promise<{ states: Map<string, InspectorRead>; failure?: unknown }> {
  const unread = (why: string) => ({ unread: `Amazon Inspector's status in ${region} could not be read (${why})` });
  try {
    const out = await call(env, (o) => env.clients.inspector2(region).send(new BatchGetAccountStatusCommand({ accountIds: [...accounts] }), o));
    const states = new Map<string, InspectorRead>();
    for (const f of out.failedAccounts ?? []) if (f.accountId) states.set(f.accountId, unread(`${f.errorCode ?? 'failed'}: ${f.errorMessage ?? ''}`.trim()));
    for (const a of out.accounts ?? []) if (a.accountId && !states.has(a.accountId)) states.set(a.accountId, stateOf(a.resourceState));
    for (const id of accounts) if (!states.has(id)) states.set(id, unread('the account is not in the answer'));
    return { states };
  } catch (err) {
    const state = unread(describeError(err));
    return { states: new Map(accounts.map((a) => [a, state])), failure: err };
  }
}
