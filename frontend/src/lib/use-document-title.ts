import { createContext, useContext, useEffect } from 'react';

/** The municipality the page belongs to, named in every title under `/:org` (set by the organisation's routes). */
export const DocumentTitleContext = createContext<string | undefined>(undefined);

/** Every page names itself in the browser tab (WCAG 2.4.2), and the municipality it shows. */
export function useDocumentTitle(title: string | undefined): void {
  const organisation = useContext(DocumentTitleContext);
  useEffect(() => {
    document.title = [title, organisation, 'Åtgärdskollen'].filter(Boolean).join(' – ');
  }, [title, organisation]);
}
