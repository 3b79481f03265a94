/** The values the workplaces API answers with (no imports: the web bundle reads them too). */
export const SITE_KINDS = ['municipal', 'participated', 'private_company', 'coworking'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];
export const BOOKING_STATUSES = ['booked', 'checked_in', 'cancelled', 'no_show'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
/** The statuses that hold a desk for the day (the partial unique indexes bookings_desk_day and bookings_person_day). */
export const LIVE_BOOKING_STATUSES = ['booked', 'checked_in'] as const satisfies readonly BookingStatus[];
export const EQUIPMENT_TYPES = ['laptop', 'smartphone', 'tablet', 'thin_client', 'vdi_licence', 'headset', 'webcam', 'monitor', 'docking_station', 'other'] as const;
export type EquipmentType = (typeof EQUIPMENT_TYPES)[number];
export const EQUIPMENT_STATES = ['in_stock', 'assigned', 'repair', 'retired'] as const;
export type EquipmentState = (typeof EQUIPMENT_STATES)[number];
