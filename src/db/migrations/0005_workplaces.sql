-- Workplaces and equipment (POLA § 4.2 Tabella D, § 4.6 Tabella H; Appendix 12 art. 14, 15, 18).

CREATE TABLE sites (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('municipal','participated','private_company','coworking')),
  name text NOT NULL,
  address text NOT NULL,
  municipality text NOT NULL,
  municipio smallint CHECK (municipio BETWEEN 1 AND 99), -- the city district (Milan's 9 Municipi)
  latitude numeric(8,5) NOT NULL,
  longitude numeric(8,5) NOT NULL,
  opening_days jsonb NOT NULL, -- ISO weekdays, 1 = Monday
  opens text NOT NULL,
  closes text NOT NULL,
  accessible boolean NOT NULL DEFAULT false,
  accessibility_notes text NOT NULL DEFAULT '',
  contact text NOT NULL DEFAULT '',
  -- Action 2.1.3: security, badge/clock-in and an access protocol.
  security_checked boolean NOT NULL DEFAULT false,
  badge_access boolean NOT NULL DEFAULT false,
  access_protocol text NOT NULL DEFAULT '',
  private_room boolean NOT NULL DEFAULT false, -- art. 18.4: an isolated room where personal data may be processed
  -- Action 2.2.x: the convention with a non-municipal host.
  convention_reference text,
  convention_from date,
  convention_to date,
  reserved_desks smallint,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  CHECK (opens < closes),
  CHECK (kind = 'municipal' OR convention_reference IS NOT NULL)
);
CREATE INDEX sites_kind ON sites (organization_id, kind, active);

CREATE TABLE desks (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL,
  label text NOT NULL,
  floor text NOT NULL DEFAULT '',
  room text NOT NULL DEFAULT '',
  equipment jsonb NOT NULL DEFAULT '[]'::jsonb,
  bookable boolean NOT NULL DEFAULT true,
  check_in_code text NOT NULL, -- printed as a QR code on the desk
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, site_id) REFERENCES sites (organization_id, id),
  UNIQUE (organization_id, site_id, label)
);

CREATE TABLE bookings (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  desk_id uuid NOT NULL,
  site_id uuid NOT NULL,
  employee_id uuid NOT NULL,
  date date NOT NULL,
  status text NOT NULL CHECK (status IN ('booked','checked_in','cancelled','no_show')),
  agile_day_id uuid, -- art. 15.4: set for a non-municipal desk, which is a place of agile work
  booked_at timestamptz NOT NULL,
  cancelled_at timestamptz,
  cancellation_reason text,
  checked_in_at timestamptz,
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, desk_id) REFERENCES desks (organization_id, id),
  FOREIGN KEY (organization_id, employee_id) REFERENCES employees (organization_id, id)
);
-- One desk holds one person a day, one person holds one desk a day, whatever races.
CREATE UNIQUE INDEX bookings_desk_day ON bookings (organization_id, desk_id, date) WHERE status IN ('booked','checked_in');
CREATE UNIQUE INDEX bookings_person_day ON bookings (organization_id, employee_id, date) WHERE status IN ('booked','checked_in');
CREATE INDEX bookings_site_date ON bookings (organization_id, site_id, date);
CREATE INDEX bookings_agile_day ON bookings (organization_id, agile_day_id) WHERE agile_day_id IS NOT NULL;

CREATE TABLE equipment (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  type text NOT NULL CHECK (type IN ('laptop','smartphone','tablet','thin_client','vdi_licence','headset','webcam','monitor','docking_station','other')),
  model text NOT NULL DEFAULT '',
  serial text,
  asset_tag text NOT NULL,
  state text NOT NULL CHECK (state IN ('in_stock','assigned','repair','retired')),
  owner_directorate_id uuid,
  notes text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  UNIQUE (organization_id, asset_tag),
  FOREIGN KEY (organization_id, owner_directorate_id) REFERENCES directorates (organization_id, id)
);
CREATE INDEX equipment_state ON equipment (organization_id, type, state);

CREATE TABLE equipment_assignments (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  equipment_id uuid NOT NULL,
  employee_id uuid NOT NULL,
  from_date date NOT NULL,
  returned_on date,
  acknowledged_at timestamptz, -- the employee acknowledged the receipt
  created_at timestamptz NOT NULL,
  created_by uuid,
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, equipment_id) REFERENCES equipment (organization_id, id),
  FOREIGN KEY (organization_id, employee_id) REFERENCES employees (organization_id, id)
);
CREATE UNIQUE INDEX equipment_assignments_live ON equipment_assignments (organization_id, equipment_id) WHERE returned_on IS NULL;
CREATE INDEX equipment_assignments_employee ON equipment_assignments (organization_id, employee_id);

-- Art. 14.2 — working with one's own devices, and the IT policy acknowledged (action 6.2.1).
CREATE TABLE own_devices (
  organization_id uuid NOT NULL REFERENCES organizations (organization_id),
  employee_id uuid NOT NULL,
  uses_own_devices boolean NOT NULL,
  devices text NOT NULL DEFAULT '',
  policy_acknowledged_at timestamptz,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (organization_id, employee_id),
  FOREIGN KEY (organization_id, employee_id) REFERENCES employees (organization_id, id)
);
