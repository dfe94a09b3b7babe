import { readFile } from 'node:fs/promises';
import { cliMessages } from '../shared/messages';
import { CliError, ExitCode } from './exit-codes';

/**
 * Reads a JSON file a person wrote (an intake, a timeline entry). What is inside is checked later,
 * by the same schema the app's form uses, so until then it is typed as the caller's raw input.
 */
export async function readJsonFile<T>(file: string): Promise<T> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(cliMessages.cannotReadFile(file, (error as Error).message), ExitCode.badInput);
  }
  try {
    // Editors on Windows like to start UTF-8 files with a byte-order mark.
    return JSON.parse(text.replace(/^\uFEFF/, '')) as T;
  } catch (error) {
    throw new CliError(cliMessages.notJson(file, (error as Error).message), ExitCode.badInput);
  }
}
