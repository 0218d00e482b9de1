import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useI18n } from '../../../i18n/i18n';
import { useOrganisation } from '../hooks/use-organisation';
import { samePageIn } from '../org-path';

/**
 * The municipality whose data the dashboard shows, by name, and the way to another one: a button
 * that opens a list of links (a disclosure, not a <select> that navigates while one arrows through
 * it, WCAG 3.2.2). Each link is the same kind of page in the other municipality (Matris → its
 * Matris), or its Översikt where the page is addressed by an id of this one; being links, they can
 * also be opened in a new tab or copied. Esc closes the list and returns focus to the button.
 */
export function OrganisationSelector() {
  const { t } = useI18n();
  const { slug, organisation, query } = useOrganisation();
  const location = useLocation();
  const params = useParams();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const navRef = useRef<HTMLElement>(null);
  const listId = useId();

  // Any route parameter beside the organisation (`:id`, the not-found splat) is this organisation's own.
  const hasRouteParams = Object.keys(params).some((name) => name !== 'org');
  const name = organisation?.name ?? (query.isPending ? t.organisation.loading : slug);
  const others = (query.data ?? []).filter((candidate) => candidate.slug !== slug);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close(true);
    }
  };
  // Tabbing (or clicking) out of the selector closes the list.
  const onBlur = (event: FocusEvent) => {
    if (open && !navRef.current?.contains(event.relatedTarget as Node | null)) close(false);
  };

  if (query.isSuccess && others.length === 0) {
    // Nothing to switch to: the name alone.
    return (
      <p className="organisation-selector organisation-only">
        <span className="organisation-label">{t.organisation.label}</span>
        <span className="visually-hidden">: </span>
        <span className="organisation-name">{name}</span>
      </p>
    );
  }

  return (
    <nav ref={navRef} className="organisation-selector" aria-label={t.organisation.nav}>
      <button
        ref={buttonRef}
        type="button"
        className="organisation-button"
        // "Kommun: Malmö stad": the visible label and name, as one phrase.
        aria-label={t.organisation.current(name)}
        aria-expanded={open}
        aria-controls={listId}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="organisation-label">{t.organisation.label}</span>
        <span className="organisation-name">{name}</span>
      </button>
      <div id={listId} className="organisation-menu" hidden={!open}>
        <p className="organisation-menu-title">{t.organisation.choose}</p>
        <ul>
          {others.map((other) => (
            <li key={other.slug}>
              <Link to={samePageIn(other.slug, location.pathname, hasRouteParams)} onClick={() => setOpen(false)} onKeyDown={onKeyDown} onBlur={onBlur}>
                {other.name}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
