import { stageText as st } from '../../../shared/messages/letters';
import { chineseDate } from '../letter-format';
import type { CaseStage } from './case-stage';
import type { Voice } from './voice';

export type EscalationStep = 'management' | 'blackcat' | 'regulator' | 'court';

/**
 * The escalation steps already taken, stated as done with their date and number, in time order.
 * `own` is the step the document itself is (a document never narrates its own sending).
 */
export function stepsDone(stage: CaseStage, voice: Voice, own?: EscalationStep): string[] {
  const done = [
    ...(own === 'management' ? [] : stage.management.map((s) => ({ at: s.event.at, text: st.done.management(voice.self, chineseDate(s.event.at)) }))),
    ...(own === 'blackcat' ? [] : stage.blackcat.map((s) => ({ at: s.event.at, text: st.done.blackcat(voice.self, chineseDate(s.event.at), s.ticket) }))),
    ...(own === 'regulator' ? [] : stage.regulator.map((s) => ({ at: s.event.at, text: st.done.regulator(voice.self, chineseDate(s.event.at), s.ticket) }))),
    ...(own === 'court' ? [] : stage.lawsuits.map((s) => ({ at: s.event.at, text: st.done.court(voice.self, chineseDate(s.event.at)) }))),
  ];
  return done.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).map((step) => step.text);
}

/**
 * What the person will do if the deadline passes: only the steps not taken yet; once both
 * third-party complaints are filed, only the lawsuit is left; once a lawsuit is filed, nothing.
 */
export function nextSteps(stage: CaseStage, voice: Voice): string[] {
  if (stage.lawsuits.length > 0) return [];
  const ahead = [...(stage.blackcat.length === 0 ? [st.next.blackcat] : []), ...(stage.regulator.length === 0 ? [st.next.regulator] : [])];
  return [ahead.length > 0 ? st.nextSteps(voice.self, ahead.join('、')) : st.nextCourtOnly(voice.self)];
}
