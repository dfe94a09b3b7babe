import { Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { LetterBlock } from '../../shared/domain/letter-document';
import { uiMessages } from '../../shared/messages/ui';
import { toBlocks, toParts, withCell, type SectionPart } from './section-parts';
import classes from './LetterPaper.module.css';

const t = uiMessages.letters;

export interface SectionEditorProps {
  heading: string;
  blocks: LetterBlock[];
  onChange: (blocks: LetterBlock[]) => void;
}

/**
 * A section as text: the parts keep the person's raw text (blank lines included) while they type,
 * and the blocks are rebuilt from it on every change.
 */
export function SectionEditor({ heading, blocks, onChange }: SectionEditorProps) {
  const [parts, setParts] = useState<SectionPart[]>(() => toParts(blocks));
  const change = (index: number, part: SectionPart) => {
    const next = parts.map((p, i) => (i === index ? part : p));
    setParts(next);
    onChange(toBlocks(next));
  };
  return (
    <Stack gap={6}>
      {parts.map((part, index) => {
        if (part.type === 'table') {
          const { table } = part;
          return (
            <table key={index} className={classes.table}>
              <thead>
                <tr>
                  {table.columns.map((column) => (
                    <th key={column}>{column}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (
                      <td key={c}>
                        <Textarea
                          variant="unstyled"
                          size="xs"
                          autosize
                          minRows={1}
                          value={cell}
                          aria-label={t.cell(r + 1, table.columns[c] ?? '')}
                          onChange={(event) => change(index, { type: 'table', table: withCell(table, r, c, event.currentTarget.value) })}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }
        return (
          <Textarea
            key={index}
            aria-label={part.type === 'list' ? t.listText(heading) : t.sectionText(heading)}
            value={part.text}
            autosize
            minRows={2}
            onChange={(event) => change(index, { type: part.type, text: event.currentTarget.value })}
          />
        );
      })}
    </Stack>
  );
}
