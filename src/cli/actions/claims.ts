import type { ApiInput } from '../../shared/api/contract';
import { claimsFieldLabels, cliMessages } from '../../shared/messages';
import { claimModelJson, formatClaimModel } from '../claims-output';
import { printJson } from '../output';
import { readJsonFile } from '../read-json-file';
import { withWorkspace } from '../workspace-api';

/** `claims`: sets the claims when a file is given, then prints the claim model of the case as stored. */
export async function showClaims(workspace: string | undefined, ref: string, options: { file?: string; json?: boolean }): Promise<void> {
  const claims = options.file === undefined ? undefined : await readJsonFile<ApiInput<'cases:set-claims'>['claims']>(options.file);
  const { record } = await withWorkspace(workspace, (api) =>
    claims === undefined
      ? api.call('cases:get', { ref })
      : api.call('cases:set-claims', { id: ref, claims }, { heading: (count) => cliMessages.fileErrors(options.file!, count), labels: claimsFieldLabels }),
  );
  if (options.json) printJson(claimModelJson(record));
  else console.log(formatClaimModel(record));
}
