import { readFileSync } from 'node:fs';
import { CASE_FILE_VERSION } from '../../src/core/cases/case-file';
import type { CaseFacts, CaseRecord } from '../../src/shared/domain/case';
import type { CaseIntake } from '../../src/shared/domain/intake';
import { caseIntakeSchema } from '../../src/shared/validation/intake-schema';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

/** The realistic intake from tests/fixtures (a 星耀卡盟 order with an invalid card key). */
export const sampleIntake = (): CaseIntake => JSON.parse(fixture('intake/xingyao-invalid-card-key.json')) as CaseIntake;

/** The contacts of that dispute as far as the escalation path goes, in the CLI's event format. */
export const xingyaoContacts = (): Record<string, unknown>[] => JSON.parse(fixture('timeline/xingyao-contacts.json')) as Record<string, unknown>[];

/** The second realistic dispute: a 6,800 元 top-up sold by a shop on a marketplace, never delivered, fraud claimed. */
export const topUpIntake = (): CaseIntake => JSON.parse(fixture('intake/shengtian-topup-not-delivered.json')) as CaseIntake;

/** Its contacts: a promise on the person's own chat entry, an e-mail, a coupon, a refusal to name the shop's operator, a 黑猫 complaint. */
export const topUpContacts = (): Record<string, unknown>[] => JSON.parse(fixture('timeline/shengtian-contacts.json')) as Record<string, unknown>[];

export const sampleFacts = (): CaseFacts => caseIntakeSchema.parse(sampleIntake());

export const v1FixtureText = (): string => fixture('case-file/v1-xingyao-negotiating.json');

export const v2FixtureText = (): string => fixture('case-file/v2-jisu-preparing.json');

export const v3FixtureText = (): string => fixture('case-file/v3-jisu-claims.json');

let counter = 0;

/** A valid stored record; `n` varies the id, order number and title so many can coexist. */
export function sampleRecord(overrides: Partial<CaseRecord> = {}): CaseRecord {
  const n = ++counter;
  const facts = sampleFacts();
  return {
    schemaVersion: CASE_FILE_VERSION,
    id: `01HYC${String(n).padStart(21, '0')}`,
    createdAt: '2024-05-21T09:15:00+08:00',
    updatedAt: '2024-05-21T09:15:00+08:00',
    status: 'preparing',
    lifecycle: 'active',
    ...facts,
    title: `${facts.title} ${n}`,
    order: { ...facts.order, number: `KM${String(n).padStart(8, '0')}` },
    ...overrides,
  };
}
