import { Stack, Textarea, TextInput } from '@mantine/core';
import type { LetterBlock, LetterDocument, LetterSection } from '../../shared/domain/letter-document';
import { uiMessages } from '../../shared/messages/ui';
import classes from './LetterPaper.module.css';
import { isEmailKind } from './letter-kinds';
import { SectionEditor } from './SectionEditor';

const t = uiMessages.letters;

function BlockView({ block }: { block: LetterBlock }) {
  if (block.type === 'paragraph') return <p className={classes.paragraph}>{block.text}</p>;
  if (block.type === 'list') {
    return (
      <div>
        {block.items.map((item, i) => (
          <p key={i} className={classes.paragraph}>
            {item}
          </p>
        ))}
      </div>
    );
  }
  return (
    <table className={classes.table}>
      <thead>
        <tr>
          {block.columns.map((column, c) => (
            <th key={c} style={block.widths?.[c] ? { width: `${block.widths[c]}%` } : undefined}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {block.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) => (
              <td key={c}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A part of the document: its heading and blocks, each block a text box while editing. */
function PaperSection({ section, editing, revision, label, onChange }: { section: LetterSection; editing: boolean; revision: number; label?: string; onChange: (blocks: LetterBlock[]) => void }) {
  const name = section.heading ?? label ?? t.untitledSection;
  return (
    <section aria-label={name} data-testid="letter-section">
      {section.heading && <h3 className={`${classes.line} ${classes.heading}`}>{section.heading}</h3>}
      {editing ? <SectionEditor key={revision} heading={name} blocks={section.blocks} onChange={onChange} /> : section.blocks.map((block, i) => <BlockView key={i} block={block} />)}
    </section>
  );
}

export interface LetterPaperProps {
  document: LetterDocument;
  editing: boolean;
  /** Changes while editing; editors restart from the document when `revision` changes. */
  revision: number;
  onChange: (document: LetterDocument) => void;
}

/** The document as it will look on paper; with `editing`, every part of it becomes a text box. */
export function LetterPaper({ document, editing, revision, onChange }: LetterPaperProps) {
  const setSection = (part: 'sections' | 'annexes', section: LetterSection, blocks: LetterBlock[]) =>
    onChange({ ...document, [part]: (document[part] ?? []).map((s) => (s.id === section.id ? { ...s, blocks } : s)) });
  const setText = (key: 'subject' | 'salutation' | 'addressee', value: string) => onChange({ ...document, [key]: value });
  const { signature } = document;

  return (
    <article className={classes.paper} aria-label={document.title} data-testid="letter-paper">
      <h2 className={classes.title}>{document.title}</h2>
      <Stack gap={4}>
        {editing && document.subject !== undefined ? (
          <TextInput label={t.subject} value={document.subject} onChange={(e) => setText('subject', e.currentTarget.value)} />
        ) : (
          document.subject &&
          // As the PDF: an e-mail's subject is labelled, another document's stands centred under the title.
          (isEmailKind(document.kind) ? (
            <p className={classes.line}>
              <strong>{t.subjectPrefix}</strong>
              {document.subject}
            </p>
          ) : (
            <p className={classes.subtitle}>{document.subject}</p>
          ))
        )}
        {editing && document.salutation !== undefined ? (
          <TextInput label={t.salutation} value={document.salutation} onChange={(e) => setText('salutation', e.currentTarget.value)} />
        ) : (
          document.salutation && <p className={classes.line}>{document.salutation}</p>
        )}
      </Stack>

      {document.sections.map((section) => (
        <PaperSection key={section.id} section={section} editing={editing} revision={revision} onChange={(blocks) => setSection('sections', section, blocks)} />
      ))}

      {editing && document.addressee !== undefined ? (
        <Textarea mt="md" label={t.addressee} value={document.addressee} autosize minRows={2} onChange={(e) => setText('addressee', e.currentTarget.value)} />
      ) : (
        document.addressee && (
          <div className={classes.addressee}>
            {document.addressee.split('\n').map((line, i) => (
              <p key={i} className={classes.line}>
                {line}
              </p>
            ))}
          </div>
        )
      )}

      {signature && (
        <div className={classes.signature}>
          <p className={classes.line}>
            {signature.label}
            {t.signatureColon}
            {signature.name}
          </p>
          {signature.lines?.map((line, i) => (
            <p key={i} className={classes.line}>
              {line}
            </p>
          ))}
          <p className={classes.line}>{signature.date}</p>
        </div>
      )}

      {document.annexes?.map((annex) => (
        <div key={annex.id} className={classes.annex}>
          <h2 className={classes.title}>{annex.heading}</h2>
          <PaperSection section={{ ...annex, heading: undefined }} editing={editing} revision={revision} label={annex.heading} onChange={(blocks) => setSection('annexes', annex, blocks)} />
          <div className={classes.signature}>
            {annex.closing?.map((line, i) => (
              <p key={i} className={classes.line}>
                {line}
              </p>
            ))}
          </div>
        </div>
      ))}
    </article>
  );
}
