import { CenterHeader } from './CenterHeader';
import { NavBar } from './NavBar';
import { SlimHeader } from './SlimHeader';

/** The PA design system header: slim band, brand band, menu. */
export function Header() {
  return (
    <header className="it-header-wrapper">
      <SlimHeader />
      <div className="it-nav-wrapper">
        <CenterHeader />
        <NavBar />
      </div>
    </header>
  );
}
