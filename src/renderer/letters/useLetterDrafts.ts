import { useCallback, useState } from 'react';
import type { LetterRecord, SavedLetter } from '../../shared/api/contract';
import type { LetterDocument, MissingFact } from '../../shared/domain/letter-document';
import type { LetterKind } from '../../shared/domain/letters';
import { mergeRegenerated } from '../../shared/letters/merge-regenerated';
import { call, errorMessageOf } from '../api/client';

/** The document being worked on for one kind, next to what the core generated it from. */
export interface Draft {
  /** Set once saved, or when opened from a saved letter. */
  letterId?: string;
  /** The saved version this draft is, or was opened from. */
  version?: number;
  /** What the core produced: regeneration compares against it to tell edits from data changes. */
  generated: LetterDocument;
  document: LetterDocument;
  /** Edited since it was generated, opened or saved. */
  dirty: boolean;
  /** Bumped whenever the document is replaced as a whole, so open editors start again from it. */
  revision: number;
  /** Facts a regeneration found missing; the draft stays as it was. */
  missing?: MissingFact[];
  /** What looked implausible when it was generated (a claim without basis, an incomplete address). */
  warnings: string[];
}

export type KindView =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'missing'; missing: MissingFact[] }
  | { status: 'ready'; draft: Draft };

/** A regeneration the person has to settle: their edit and changed data meet in these parts. */
export interface PendingMerge {
  kind: LetterKind;
  merged: LetterDocument;
  fresh: LetterDocument;
  current: LetterDocument;
  conflicts: string[];
  warnings: string[];
}

/**
 * One draft per kind, kept while the person switches kinds and tabs, so moving around never drops
 * an edit. Every call that replaces a document goes through here.
 */
export function useLetterDrafts(caseId: string) {
  const [views, setViews] = useState<Partial<Record<LetterKind, KindView>>>({});
  const setView = useCallback((kind: LetterKind, view: KindView) => setViews((all) => ({ ...all, [kind]: view })), []);
  const updateDraft = useCallback(
    (kind: LetterKind, change: (draft: Draft) => Draft) =>
      setViews((all) => {
        const view = all[kind];
        return view?.status === 'ready' ? { ...all, [kind]: { status: 'ready', draft: change(view.draft) } } : all;
      }),
    [],
  );

  const generate = useCallback(
    async (kind: LetterKind) => {
      setView(kind, { status: 'loading' });
      try {
        const build = await call('letters:generate', { caseId, kind });
        setView(
          kind,
          build.ok
            ? { status: 'ready', draft: { generated: build.document, document: build.document, dirty: false, revision: 0, warnings: build.warnings } }
            : { status: 'missing', missing: build.missing },
        );
      } catch (failure) {
        setView(kind, { status: 'failed', message: errorMessageOf(failure) });
      }
    },
    [caseId, setView],
  );

  const show = (saved: SavedLetter, revision: number): Draft => ({
    letterId: saved.record.id,
    version: saved.version,
    generated: saved.generated,
    document: saved.document,
    dirty: false,
    revision,
    warnings: [],
  });

  /** Opens a saved version in place of the kind's draft (LettersTab asks first when that draft has unsaved edits). */
  const open = async (record: LetterRecord, version: number) => {
    const saved = await call('letters:get', { caseId, letterId: record.id, version });
    const previous = views[record.kind];
    setView(record.kind, { status: 'ready', draft: show(saved, previous?.status === 'ready' ? previous.draft.revision + 1 : 0) });
  };

  const edit = (kind: LetterKind, document: LetterDocument) => updateDraft(kind, (draft) => ({ ...draft, document, dirty: true }));

  /** Saves the draft as a new letter, or as the next version of the one it came from. */
  const save = async (kind: LetterKind, draft: Draft): Promise<SavedLetter> => {
    const saved = await call('letters:save', { caseId, letterId: draft.letterId, generated: draft.generated, document: draft.document });
    // Keeps the person's text as it is on screen; only the identity of the draft changes.
    updateDraft(kind, (current) => ({ ...current, letterId: saved.record.id, version: saved.version, generated: saved.generated, dirty: current.document !== draft.document }));
    return saved;
  };

  /** Regenerates from the case's data, keeping edits; answers the conflicts for the person to settle. */
  const regenerate = async (kind: LetterKind, draft: Draft): Promise<PendingMerge | undefined> => {
    const build = await call('letters:generate', { caseId, kind });
    if (!build.ok) {
      updateDraft(kind, (current) => ({ ...current, missing: build.missing }));
      return undefined;
    }
    const { merged, conflicts } = mergeRegenerated(draft.generated, draft.document, build.document);
    if (conflicts.length > 0) return { kind, merged, fresh: build.document, current: draft.document, conflicts, warnings: build.warnings };
    settle(kind, build.document, merged, build.warnings);
    return undefined;
  };

  /** Puts a regenerated document in place: `fresh` becomes the new base the next merge compares to. */
  const settle = (kind: LetterKind, fresh: LetterDocument, document: LetterDocument, warnings: string[]) =>
    updateDraft(kind, (current) => {
      const { missing: _cleared, ...rest } = current;
      return { ...rest, generated: fresh, document, dirty: true, revision: current.revision + 1, warnings };
    });


  return { views, generate, open, edit, save, regenerate, settle };
}
