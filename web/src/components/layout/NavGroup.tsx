import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import { Icon } from '../Icon';
import type { NavItem } from './navigation';

/** A menu entry that opens a list of links (disclosure: Enter or Space opens it, Escape closes it). */
export function NavGroup({ label, items }: { label: string; items: NavItem[] }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const entry = useRef<HTMLLIElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const current = items.some((i) => location.pathname === i.to || location.pathname.startsWith(`${i.to}/`));

  useEffect(() => setOpen(false), [location.pathname]);
  useEffect(() => {
    if (!open) return;
    const outside = (event: MouseEvent) => {
      if (!entry.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  return (
    <li
      ref={entry}
      className="nav-item nav-group"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className={`nav-link nav-group-toggle${current ? ' active' : ''}`}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        <span>{label}</span>
        <Icon name={open ? 'collapse' : 'expand'} size="xs" className="nav-group-icon ms-1" />
      </button>
      <ul id={listId} className={`nav-group-menu list-unstyled${open ? ' open' : ''}`}>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} className={({ isActive }) => `nav-group-link${isActive ? ' active' : ''}`}>
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </li>
  );
}
