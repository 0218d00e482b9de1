import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { apiUpload } from '../../../lib/api-client';
import type { ImportBatch, ImportKind } from '../../../lib/api-types';

/** Sends a spreadsheet for a preview (`POST /api/cycles/:id/imports?kind=`); nothing is written yet. */
export const uploadImport = (cycleId: number, kind: ImportKind, file: File, onProgress: (sent: number) => void) =>
  apiUpload<ImportBatch>(`/cycles/${cycleId}/imports${kind === 'statements' ? '' : `?kind=${kind}`}`, file, file.name, onProgress);

/** The upload as a mutation, with the share of the file sent so far (0–1) for the progress bar. */
export function useUploadImport(cycleId: number, kind: ImportKind = 'statements') {
  const [progress, setProgress] = useState(0);
  const mutation = useMutation({
    mutationFn: (file: File) => {
      setProgress(0);
      return uploadImport(cycleId, kind, file, setProgress);
    },
  });
  return { ...mutation, progress };
}
