import { Outlet } from 'react-router-dom';
import { Footer } from './Footer';
import { Header } from './Header';
import { SkipLinks } from './SkipLinks';

/** Every page: skip links, header, the page itself in <main>, footer. */
export function AppLayout() {
  return (
    <div className="app-shell d-flex flex-column min-vh-100">
      <SkipLinks />
      <Header />
      <main id="main" tabIndex={-1} className="flex-grow-1">
        <Outlet />
      </main>
      <Footer />
    </div>
  );
}
