-- Agile days (art. 7, 10–11), priority extensions (art. 7.2–7.3), the day bank (art. 7.8),
-- the right to disconnect (art. 13) and the links to the attendance system (art. 10.1).

-- Art. 7.4 — the most people of a unit who may be agile on the same day (null: no rotation).
ALTER TABLE units ADD COLUMN max_agile_per_day smallint CHECK (max_agile_per_day >= 0);

CREATE TABLE agile_days (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  employee_id uuid NOT NULL,
  agreement_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  directorate_id uuid NOT NULL,
  date date NOT NULL,
  status text NOT NULL CHECK (status IN ('pending','approved','rejected','revoked','cancelled')),
  activities text NOT NULL,
  exceptional boolean NOT NULL DEFAULT false,
  reason text,
  explicit_approval boolean NOT NULL DEFAULT false, -- art. 10.1 "di norma": a late request the manager decides on its own
  counts_against_quota boolean NOT NULL DEFAULT true, -- false inside an art. 7.3 continuous period
  requested_at timestamptz NOT NULL,
  requested_by uuid,
  decided_at timestamptz,
  decided_by uuid,
  decision_reason text,
  revoked_at timestamptz,
  revoked_by uuid,
  revocation_reason text,
  cancelled_at timestamptz,
  verification_outcome text CHECK (verification_outcome IN ('done','partly','not_done')),
  verification_note text,
  verified_at timestamptz,
  verified_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, employee_id) REFERENCES employees (organization_id, id),
  FOREIGN KEY (organization_id, agreement_id) REFERENCES agreements (organization_id, id),
  FOREIGN KEY (organization_id, unit_id) REFERENCES units (organization_id, id)
);
-- One live request per person and date, whatever races (art. 10: DUPLICATE_DAY).
CREATE UNIQUE INDEX agile_days_one_live ON agile_days (organization_id, employee_id, date) WHERE status IN ('pending','approved');
CREATE INDEX agile_days_employee ON agile_days (organization_id, employee_id, date);
CREATE INDEX agile_days_unit ON agile_days (organization_id, unit_id, date);
CREATE INDEX agile_days_date ON agile_days (organization_id, date, status);

-- Art. 7.2–7.3 — extensions of the quota; `note` is the supporting circumstance (special-category data).
CREATE TABLE extensions (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  employee_id uuid NOT NULL,
  directorate_id uuid NOT NULL,
  criterion text NOT NULL CHECK (criterion IN ('special_situation','disability','care','parenting','commute','organizational_efficiency')),
  special_situation text CHECK (special_situation IN ('pregnancy','child_first_year','return_after_illness','lifesaving_therapy','breastfeeding')),
  from_date date NOT NULL,
  to_date date NOT NULL,
  extra_days_per_month smallint CHECK (extra_days_per_month BETWEEN 1 AND 23),
  continuous boolean NOT NULL DEFAULT false,
  note text NOT NULL,
  status text NOT NULL CHECK (status IN ('requested','approved','refused')),
  proposed_by_hr boolean NOT NULL DEFAULT false,
  requested_at timestamptz NOT NULL,
  requested_by uuid,
  decided_at timestamptz,
  decided_by uuid,
  decision_reason text,
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, employee_id) REFERENCES employees (organization_id, id),
  FOREIGN KEY (organization_id, directorate_id) REFERENCES directorates (organization_id, id),
  CHECK (from_date <= to_date),
  CHECK (continuous OR extra_days_per_month IS NOT NULL)
);
CREATE INDEX extensions_employee ON extensions (organization_id, employee_id, status, from_date);
CREATE INDEX extensions_directorate ON extensions (organization_id, directorate_id, status);

-- Art. 7.8 — one bank per directorate and month; what was given can never exceed what came in.
CREATE TABLE day_banks (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  directorate_id uuid NOT NULL,
  month text NOT NULL CHECK (month ~ '^\d{4}-\d{2}$'),
  released integer NOT NULL DEFAULT 0 CHECK (released >= 0),
  granted integer NOT NULL DEFAULT 0 CHECK (granted >= 0),
  auto_released_at timestamptz,
  PRIMARY KEY (organization_id, directorate_id, month),
  FOREIGN KEY (organization_id, directorate_id) REFERENCES directorates (organization_id, id),
  CHECK (granted <= released)
);

CREATE TABLE bank_releases (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  employee_id uuid NOT NULL,
  directorate_id uuid NOT NULL,
  month text NOT NULL,
  days smallint NOT NULL CHECK (days >= 1),
  automatic boolean NOT NULL DEFAULT false,
  released_at timestamptz NOT NULL,
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, employee_id) REFERENCES employees (organization_id, id)
);
CREATE INDEX bank_releases_employee ON bank_releases (organization_id, month, employee_id);

CREATE TABLE bank_requests (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  employee_id uuid NOT NULL,
  directorate_id uuid NOT NULL,
  month text NOT NULL,
  days smallint NOT NULL CHECK (days >= 1),
  criterion text NOT NULL CHECK (criterion IN ('special_situation','disability','care','parenting','commute','organizational_efficiency')),
  status text NOT NULL CHECK (status IN ('requested','granted','refused')),
  granted_days smallint NOT NULL DEFAULT 0,
  requested_at timestamptz NOT NULL,
  decided_at timestamptz,
  decided_by uuid,
  decision_reason text,
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, employee_id) REFERENCES employees (organization_id, id)
);
CREATE INDEX bank_requests_month ON bank_requests (organization_id, directorate_id, month, status);
CREATE INDEX bank_requests_employee ON bank_requests (organization_id, month, employee_id);

-- Art. 13 — every notification has the moment it may be delivered; held ones wait for it.
ALTER TABLE notifications
  ADD COLUMN directorate_id uuid,
  ADD COLUMN deliver_at timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN held boolean NOT NULL DEFAULT false,
  ADD COLUMN urgent boolean NOT NULL DEFAULT false,
  ADD COLUMN urgent_reason text,
  ADD COLUMN sender_label text,
  ADD COLUMN email_status text NOT NULL DEFAULT 'none' CHECK (email_status IN ('none','pending','sent','failed')),
  ADD COLUMN email_attempts smallint NOT NULL DEFAULT 0,
  ADD COLUMN email_sent_at timestamptz,
  ADD COLUMN email_error text;
CREATE INDEX notifications_outbox ON notifications (deliver_at) WHERE email_status = 'pending';
CREATE INDEX notifications_month ON notifications (organization_id, created_at);

-- Private iCalendar feed per employee: only the token's hash is kept.
CREATE TABLE calendar_tokens (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  employee_id uuid NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (organization_id, employee_id),
  FOREIGN KEY (organization_id, employee_id) REFERENCES employees (organization_id, id)
);

-- Art. 10.1 — the attendance system learns of every change through signed webhooks (outbox).
CREATE TABLE webhooks (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  url text NOT NULL,
  secret text NOT NULL,
  description text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL,
  created_by uuid,
  PRIMARY KEY (organization_id, id)
);

CREATE TABLE webhook_deliveries (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  webhook_id uuid NOT NULL,
  event text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('pending','delivered','failed')),
  attempts smallint NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  delivered_at timestamptz,
  last_status integer,
  last_error text,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, webhook_id) REFERENCES webhooks (organization_id, id) ON DELETE CASCADE
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
