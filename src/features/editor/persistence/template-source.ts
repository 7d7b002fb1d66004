import { create } from 'zustand';

/**
 * The AWS SAM template the current diagram was imported from, if any: "Export as SAM
 * template" edits that text rather than writing a new one. Kept for the session only.
 */
interface TemplateSource {
  text: string | null;
  fileName: string | null;
  /** Node ids the import made: a diagram that shares none of them came from elsewhere. */
  ids: readonly string[];
  set: (text: string | null, fileName: string | null, ids?: readonly string[]) => void;
}

export const useTemplateSource = create<TemplateSource>((set) => ({
  text: null,
  fileName: null,
  ids: [],
  set: (text, fileName, ids = []) => set({ text, fileName, ids }),
}));
