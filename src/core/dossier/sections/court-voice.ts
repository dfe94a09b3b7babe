/** The letters narrate as 本人; a dossier for a court names the person 原告, as the 起诉状 does. */
export const asPlaintiff = (sentence: string): string => sentence.replaceAll('本人', '原告');
