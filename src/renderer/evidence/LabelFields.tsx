import { Autocomplete, Checkbox, Group, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { EVIDENCE_CATEGORIES, EVIDENCE_ELEMENTS, RECORDING_CONSENTS, type EvidenceView } from '../../shared/domain/evidence';
import { evidenceCategoryHints, evidenceCategoryLabels, evidenceElementLabels, recordingConsentLabels } from '../../shared/messages/evidence';
import { transcriptMessages } from '../../shared/messages/dossier';
import { fourElementsMessages } from '../../shared/messages/four-elements';
import { uiMessages } from '../../shared/messages/ui';
import { DateTimeField } from '../dates/DateTimeField';
import { asksConsent, asksScreenshotFacts, asksTranscript, type LabelErrors, type LabelValues } from './label-form';

const t = uiMessages.evidence.editor;
const categoryOptions = EVIDENCE_CATEGORIES.map((category) => ({ value: category, label: evidenceCategoryLabels[category] }));

export interface LabelFieldsProps {
  item: EvidenceView;
  values: LabelValues;
  errors: LabelErrors;
  onChange: (patch: Partial<LabelValues>) => void;
}

const screenshotFacts = ['orderNumberVisible', 'timestampVisible', 'userIdVisible'] as const;

/** The inputs of the label editor; which ones show depends on the file's type. */
export function LabelFields({ item, values, errors, onChange }: LabelFieldsProps) {
  return (
    <Stack gap="md">
      <TextInput label={t.name} value={values.title} onChange={(e) => onChange({ title: e.currentTarget.value })} error={errors.title} required />
      <Select
        label={t.category}
        data={categoryOptions}
        value={values.category}
        onChange={(value) => value && onChange({ category: value as LabelValues['category'] })}
        allowDeselect={false}
        description={evidenceCategoryHints[values.category]}
        renderOption={({ option }) => (
          <Stack gap={0}>
            <span>{option.label}</span>
            <span style={{ fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-dimmed)' }}>
              {evidenceCategoryHints[option.value as LabelValues['category']]}
            </span>
          </Stack>
        )}
        error={errors.category}
      />
      <Textarea
        label={t.purpose}
        placeholder={t.purposePlaceholder}
        value={values.purpose}
        onChange={(e) => onChange({ purpose: e.currentTarget.value })}
        autosize
        minRows={2}
        error={errors.purpose}
      />
      <Autocomplete
        label={t.source}
        data={[...t.sourceSuggestions]}
        value={values.source}
        onChange={(source) => onChange({ source })}
        comboboxProps={{ keepMounted: false }}
        error={errors.source}
      />
      <Checkbox.Group label={fourElementsMessages.editorLabel} description={fourElementsMessages.editorHint} value={values.elements} onChange={(list) => onChange({ elements: list as LabelValues['elements'] })}>
        <Group gap="lg" mt={6}>
          {EVIDENCE_ELEMENTS.map((element) => (
            <Checkbox key={element} value={element} label={evidenceElementLabels[element]} />
          ))}
        </Group>
      </Checkbox.Group>
      {asksScreenshotFacts(item) && (
        <Checkbox.Group
          label={t.screenshotFacts}
          description={t.screenshotHint}
          value={screenshotFacts.filter((fact) => values[fact])}
          onChange={(list) => onChange(Object.fromEntries(screenshotFacts.map((fact) => [fact, list.includes(fact)])))}
        >
          <Group gap="lg" mt={6}>
            {screenshotFacts.map((fact) => (
              <Checkbox key={fact} value={fact} label={t[fact]} />
            ))}
          </Group>
        </Checkbox.Group>
      )}
      {asksConsent(item) && (
        <Radio.Group label={t.consent} description={t.consentHint} value={values.consent} onChange={(consent) => onChange({ consent: consent as LabelValues['consent'] })}>
          <Stack gap={6} mt={6}>
            {RECORDING_CONSENTS.map((consent) => (
              <Radio key={consent} value={consent} label={recordingConsentLabels[consent]} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {asksTranscript(item) && (
        <Textarea
          label={transcriptMessages.label}
          description={transcriptMessages.hint}
          placeholder={transcriptMessages.placeholder}
          value={values.transcript}
          onChange={(e) => onChange({ transcript: e.currentTarget.value })}
          autosize
          minRows={3}
          maxRows={12}
          error={errors.transcript}
        />
      )}
      <DateTimeField label={t.capturedAt} value={values.capturedAt} onChange={(capturedAt) => onChange({ capturedAt })} error={errors.capturedAt} />
    </Stack>
  );
}
