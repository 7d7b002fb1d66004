/** The drag-and-drop data type of a palette item (its kind id). */
export const PALETTE_MIME = 'application/x-serverless-explorer-kind';
