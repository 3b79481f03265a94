-- Remotable activities (POLA § 4.1, art. 3), applications (art. 4, 6, 20) and individual agreements (art. 8, 9, 12, 19).

CREATE TABLE activities (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  unit_id uuid NOT NULL,
  year smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  characteristics jsonb NOT NULL,
  exclusions jsonb NOT NULL,
  override_remotable boolean,
  override_reason text,
  remotable boolean NOT NULL, -- derived from the checklist and the override (art. 3.2–3.3), kept for reports
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, unit_id) REFERENCES units (organization_id, id),
  CHECK ((override_remotable IS NULL) = (override_reason IS NULL))
);
CREATE INDEX activities_unit_year ON activities (organization_id, year, unit_id);

CREATE TABLE employee_activities (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  employee_id uuid NOT NULL,
  activity_id uuid NOT NULL,
  share smallint NOT NULL CHECK (share BETWEEN 1 AND 100),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, employee_id, activity_id),
  FOREIGN KEY (organization_id, employee_id) REFERENCES employees (organization_id, id),
  FOREIGN KEY (organization_id, activity_id) REFERENCES activities (organization_id, id) ON DELETE CASCADE
);
CREATE INDEX employee_activities_activity ON employee_activities (organization_id, activity_id);

CREATE TABLE applications (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  employee_id uuid NOT NULL,
  directorate_id uuid NOT NULL,
  year smallint NOT NULL,
  activity_ids jsonb NOT NULL,
  plan text NOT NULL,
  objectives jsonb NOT NULL DEFAULT '[]'::jsonb, -- art. 19: proposed with the application, carried into the agreement
  requested_days_per_month smallint NOT NULL CHECK (requested_days_per_month BETWEEN 1 AND 23),
  remotable_share smallint NOT NULL,
  proposed_quota smallint NOT NULL,
  status text NOT NULL CHECK (status IN ('submitted','approved','refused')),
  manager_opinion text CHECK (manager_opinion IN ('favourable','unfavourable')),
  manager_opinion_note text,
  manager_opinion_by uuid,
  decided_by uuid,
  decided_at timestamptz,
  decision_reason text,
  monthly_quota smallint,
  agreement_id uuid,
  submitted_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, employee_id) REFERENCES employees (organization_id, id),
  FOREIGN KEY (organization_id, directorate_id) REFERENCES directorates (organization_id, id)
);
CREATE INDEX applications_status ON applications (organization_id, status, directorate_id, submitted_at);
CREATE INDEX applications_employee ON applications (organization_id, employee_id);
-- At most one application waiting for a decision per employee.
CREATE UNIQUE INDEX applications_one_open ON applications (organization_id, employee_id) WHERE status = 'submitted';

CREATE TABLE agreements (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  employee_id uuid NOT NULL,
  directorate_id uuid NOT NULL,
  application_id uuid,
  previous_agreement_id uuid,
  applicant_role text NOT NULL,
  status text NOT NULL CHECK (status IN ('draft','awaiting_signatures','signed','active','withdrawn','lapsed','revoked','expired')),
  monthly_quota smallint NOT NULL CHECK (monthly_quota >= 1),
  band_start text NOT NULL,
  band_end text NOT NULL,
  operational_mode text NOT NULL,
  equipment jsonb NOT NULL,
  objectives jsonb NOT NULL,
  other_terms text NOT NULL DEFAULT '',
  end_date date NOT NULL,
  start_date date,
  last_signed_on date,
  required_signers jsonb NOT NULL,
  termination_kind text CHECK (termination_kind IN ('withdrawn','lapsed','revoked')),
  termination_date date,
  termination_reason text,
  terminated_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, employee_id) REFERENCES employees (organization_id, id),
  FOREIGN KEY (organization_id, directorate_id) REFERENCES directorates (organization_id, id),
  FOREIGN KEY (organization_id, application_id) REFERENCES applications (organization_id, id),
  FOREIGN KEY (organization_id, previous_agreement_id) REFERENCES agreements (organization_id, id)
);
CREATE INDEX agreements_status ON agreements (organization_id, status, end_date);
CREATE INDEX agreements_employee ON agreements (organization_id, employee_id);
CREATE INDEX agreements_directorate ON agreements (organization_id, directorate_id, status);

CREATE TABLE agreement_signatures (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  agreement_id uuid NOT NULL,
  signer_role text NOT NULL CHECK (signer_role IN ('employee','director','hr','hr_director')),
  user_id uuid, -- null for agreements signed on paper before Agile PA
  signer_name text NOT NULL,
  signed_at timestamptz NOT NULL,
  PRIMARY KEY (organization_id, agreement_id, signer_role),
  FOREIGN KEY (organization_id, agreement_id) REFERENCES agreements (organization_id, id)
);

-- Texts of the agreement's annexes (art. 8.1: 1 safety, 2 IT and privacy), editable per organization.
CREATE TABLE agreement_annexes (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  kind text NOT NULL CHECK (kind IN ('safety','it_privacy')),
  title text NOT NULL,
  body text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, kind)
);

-- Messages to people (art. 9.4 revocation notices now; delivery rules of art. 13 come with agile days).
CREATE TABLE notifications (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  employee_id uuid NOT NULL,
  kind text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  entity text,
  entity_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, employee_id) REFERENCES employees (organization_id, id)
);
CREATE INDEX notifications_employee ON notifications (organization_id, employee_id, created_at DESC);
