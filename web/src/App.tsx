import { Route, Routes } from 'react-router-dom';
import { AppLayout } from './components/layout/AppLayout';
import { ActivitiesPage } from './pages/agreements/activities/ActivitiesPage';
import { AgreementPage } from './pages/agreements/agreement/AgreementPage';
import { AgreementsPage } from './pages/agreements/agreements/AgreementsPage';
import { AnnexesPage } from './pages/agreements/annexes/AnnexesPage';
import { ApplicationsPage } from './pages/agreements/applications/ApplicationsPage';
import { ContingentsPage } from './pages/agreements/contingents/ContingentsPage';
import { MyAgileWorkPage } from './pages/agreements/mine/MyAgileWorkPage';
import { BankPage } from './pages/agile-days/directorate/BankPage';
import { ExtensionsPage } from './pages/agile-days/directorate/ExtensionsPage';
import { WebhooksPage } from './pages/agile-days/integration/WebhooksPage';
import { MyMonthPage } from './pages/agile-days/month/MyMonthPage';
import { DisconnectionPage } from './pages/agile-days/reports/DisconnectionPage';
import { UnitCalendarPage } from './pages/agile-days/unit/UnitCalendarPage';
import { UnitsPage } from './pages/agile-days/unit/UnitsPage';
import { HomePage } from './pages/HomePage';
import { BookDeskPage } from './pages/workplaces/booking/BookDeskPage';
import { EquipmentPage } from './pages/workplaces/equipment/EquipmentPage';
import { MyEquipmentPage } from './pages/workplaces/equipment/MyEquipmentPage';
import { EquipmentReportPage } from './pages/workplaces/reports/EquipmentReportPage';
import { WorkplacesReportPage } from './pages/workplaces/reports/WorkplacesReportPage';
import { SitePage } from './pages/workplaces/site/SitePage';
import { SiteEditorPage } from './pages/workplaces/sites/SiteEditorPage';
import { SitesAdminPage } from './pages/workplaces/sites/SitesAdminPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { EmployeeDetailPage } from './pages/organization/employee/EmployeeDetailPage';
import { EmployeesPage } from './pages/organization/employees/EmployeesPage';
import { ImportPage } from './pages/organization/import/ImportPage';
import { SettingsPage } from './pages/organization/settings/SettingsPage';
import { StructurePage } from './pages/organization/structure/StructurePage';
import { UsersPage } from './pages/organization/users/UsersPage';
import { SignInPage } from './pages/SignInPage';
import { RequireAccess, RequireEmployee, RequireSession } from './session/guards';

/** The routes, with the Italian paths people see in the address bar. */
export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/accesso" element={<SignInPage />} />
        <Route path="/" element={<RequireSession><HomePage /></RequireSession>} />
        <Route path="/struttura" element={<RequireAccess capability="structure"><StructurePage /></RequireAccess>} />
        <Route path="/dipendenti" element={<RequireAccess capability="employeeList"><EmployeesPage /></RequireAccess>} />
        <Route path="/dipendenti/:id" element={<RequireSession><EmployeeDetailPage /></RequireSession>} />
        <Route path="/importazione" element={<RequireAccess capability="import"><ImportPage /></RequireAccess>} />
        <Route path="/impostazioni" element={<RequireSession><SettingsPage /></RequireSession>} />
        <Route path="/impostazioni/allegati" element={<RequireAccess capability="annexes"><AnnexesPage /></RequireAccess>} />
        <Route path="/utenti" element={<RequireAccess capability="users"><UsersPage /></RequireAccess>} />
        <Route path="/lavoro-agile" element={<RequireEmployee><MyAgileWorkPage /></RequireEmployee>} />
        <Route path="/lavoro-agile/mese" element={<RequireEmployee><MyMonthPage /></RequireEmployee>} />
        <Route path="/lavoro-agile/unita" element={<RequireAccess capability="unitCalendar"><UnitsPage /></RequireAccess>} />
        <Route path="/lavoro-agile/unita/:id" element={<RequireAccess capability="unitCalendar"><UnitCalendarPage /></RequireAccess>} />
        <Route path="/lavoro-agile/estensioni" element={<RequireAccess capability="extensionDecision"><ExtensionsPage /></RequireAccess>} />
        <Route path="/lavoro-agile/banca" element={<RequireAccess capability="dayBank"><BankPage /></RequireAccess>} />
        <Route path="/report/disconnessione" element={<RequireAccess capability="disconnection"><DisconnectionPage /></RequireAccess>} />
        <Route path="/integrazioni/webhook" element={<RequireAccess capability="webhooks"><WebhooksPage /></RequireAccess>} />
        <Route path="/attivita" element={<RequireAccess capability="activities"><ActivitiesPage /></RequireAccess>} />
        <Route path="/richieste" element={<RequireAccess capability="applications"><ApplicationsPage /></RequireAccess>} />
        <Route path="/accordi" element={<RequireAccess capability="agreementList"><AgreementsPage /></RequireAccess>} />
        <Route path="/accordi/:id" element={<RequireSession><AgreementPage /></RequireSession>} />
        <Route path="/report/contingenti" element={<RequireAccess capability="contingents"><ContingentsPage /></RequireAccess>} />
        <Route path="/postazioni" element={<RequireEmployee><BookDeskPage /></RequireEmployee>} />
        <Route path="/postazioni/sedi/:id" element={<RequireSession><SitePage /></RequireSession>} />
        <Route path="/lavoro-agile/dotazioni" element={<RequireEmployee><MyEquipmentPage /></RequireEmployee>} />
        <Route path="/sedi" element={<RequireAccess capability="sites"><SitesAdminPage /></RequireAccess>} />
        <Route path="/sedi/:id" element={<RequireAccess capability="sites"><SiteEditorPage /></RequireAccess>} />
        <Route path="/dotazioni" element={<RequireAccess capability="equipmentRegister"><EquipmentPage /></RequireAccess>} />
        <Route path="/report/postazioni" element={<RequireAccess capability="workplacesReport"><WorkplacesReportPage /></RequireAccess>} />
        <Route path="/report/dotazioni" element={<RequireAccess capability="workplacesReport"><EquipmentReportPage /></RequireAccess>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
