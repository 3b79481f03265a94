-- Foundation: tenants, organization structure, employees, accounts, sessions, audit log.
-- Every table carries organization_id (the tenant) as the first column of its primary key,
-- so the schema can be distributed by organization_id on Citus (docs/architecture.md).

CREATE TABLE organizations (
  organization_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  type text NOT NULL CHECK (type IN ('comune','provincia','regione','camera_di_commercio','citta_metropolitana','unione_di_comuni','altro')),
  fiscal_code text NOT NULL UNIQUE,
  patron_day text CHECK (patron_day ~ '^\d{2}-\d{2}$'),
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE directorates (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code text NOT NULL,
  name text NOT NULL,
  head_employee_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  UNIQUE (organization_id, code)
);

CREATE TABLE units (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  directorate_id uuid NOT NULL,
  code text NOT NULL,
  name text NOT NULL,
  manager_employee_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  UNIQUE (organization_id, code),
  FOREIGN KEY (organization_id, directorate_id) REFERENCES directorates (organization_id, id)
);
CREATE INDEX units_directorate ON units (organization_id, directorate_id);

CREATE TABLE employees (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  matricola text NOT NULL,
  first_name text NOT NULL,
  last_name text NOT NULL,
  email text NOT NULL,
  unit_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('employee','senior_officer','manager','director')),
  contract_type text NOT NULL CHECK (contract_type IN ('permanent','fixed_term')),
  contract_start date NOT NULL,
  contract_end date,
  probation_end date,
  work_pattern_type text NOT NULL CHECK (work_pattern_type IN ('full_time','part_time_horizontal','part_time_vertical','part_time_cyclic')),
  part_time_percent smallint CHECK (part_time_percent BETWEEN 1 AND 99),
  weekdays jsonb,
  full_time_months jsonb,
  home_municipality text NOT NULL,
  commute_km numeric(6,1) NOT NULL CHECK (commute_km >= 0),
  commute_mode text NOT NULL CHECK (commute_mode IN ('car','motorbike','bus','metro','tram','train','bike','walk')),
  search_text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  UNIQUE (organization_id, matricola),
  FOREIGN KEY (organization_id, unit_id) REFERENCES units (organization_id, id),
  CHECK (contract_type = 'permanent' OR contract_end IS NOT NULL)
);
CREATE INDEX employees_by_name ON employees (organization_id, last_name, first_name, matricola);
CREATE INDEX employees_by_unit ON employees (organization_id, unit_id, last_name, first_name);

ALTER TABLE directorates ADD FOREIGN KEY (organization_id, head_employee_id) REFERENCES employees (organization_id, id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE units ADD FOREIGN KEY (organization_id, manager_employee_id) REFERENCES employees (organization_id, id) DEFERRABLE INITIALLY DEFERRED;

-- Which unit an employee belonged to, and when (art. 9.3 needs the date of a move between directorates).
CREATE TABLE employee_unit_assignments (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  employee_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  directorate_id uuid NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, employee_id) REFERENCES employees (organization_id, id),
  FOREIGN KEY (organization_id, unit_id) REFERENCES units (organization_id, id),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX unit_assignments_employee ON employee_unit_assignments (organization_id, employee_id, valid_from);

-- Special-category data (GDPR art. 9): kept apart, read only by HR and by the rules, every read audited.
CREATE TABLE employee_circumstances (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  employee_id uuid NOT NULL,
  disability boolean NOT NULL DEFAULT false,
  law104 boolean NOT NULL DEFAULT false,
  caregiver boolean NOT NULL DEFAULT false,
  children_birth_dates jsonb NOT NULL DEFAULT '[]'::jsonb,
  pregnancy_from date,
  pregnancy_to date,
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, employee_id),
  FOREIGN KEY (organization_id, employee_id) REFERENCES employees (organization_id, id)
);

CREATE TABLE users (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  username text NOT NULL,
  password_hash text,
  employee_id uuid,
  roles text[] NOT NULL,
  active boolean NOT NULL DEFAULT true,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, employee_id) REFERENCES employees (organization_id, id)
);
CREATE UNIQUE INDEX users_username ON users (organization_id, lower(username));
CREATE INDEX users_username_lookup ON users (lower(username));
CREATE INDEX users_employee ON users (organization_id, employee_id);

CREATE TABLE sessions (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id text NOT NULL, -- SHA-256 of the cookie's secret; the secret itself is never stored
  user_id uuid NOT NULL,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id) ON DELETE CASCADE
);

CREATE TABLE audit_log (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id bigint GENERATED ALWAYS AS IDENTITY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid,
  actor_label text NOT NULL,
  action text NOT NULL,
  entity text NOT NULL,
  entity_id text,
  before jsonb,
  after jsonb,
  reason text,
  request_id text,
  PRIMARY KEY (organization_id, id)
);
CREATE INDEX audit_log_entity ON audit_log (organization_id, entity, entity_id, id DESC);

-- The audit log is append-only: the database itself refuses to change or delete an entry.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
