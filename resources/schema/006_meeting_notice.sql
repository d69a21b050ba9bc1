-- Version 6: what a meeting's 通告 (seed 002, 附件1) says beyond the meeting itself: when it is
-- published, the appointment period, and the matters received. The office's phone, e-mail and
-- on-site booking hours and room are the same for every notice and live in settings
-- (office.phone, office.email, office.booking_hours, office.booking_place).
ALTER TABLE meetings ADD COLUMN notice_date TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN booking_from TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN booking_to TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN notice_scope TEXT NOT NULL DEFAULT '';
