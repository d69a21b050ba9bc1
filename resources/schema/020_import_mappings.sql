-- Version 20 (issue 16): importing the lists other systems export. A source's columns mapped
-- onto Qinqing's fields under a name (the 12345 hotline's 工单编号, 来电时间, 来电人, ...),
-- remembered for next month's file: `columns` holds the JSON object {"source column": "field"};
-- `channel` is the 渠道 its appeals get; `key_column` names the column that identifies a work
-- order in the source system.
CREATE TABLE import_mappings (
    name       TEXT PRIMARY KEY,
    channel    TEXT NOT NULL DEFAULT '',
    key_column TEXT NOT NULL DEFAULT '',
    columns    TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL
);

-- The work orders already imported, by source (the mapping's name) and their number there, so
-- that next month's file, which repeats the orders still open, adds none twice.
CREATE TABLE imported_work_orders (
    source     TEXT NOT NULL,
    work_order TEXT NOT NULL,
    appeal_id  INTEGER REFERENCES appeals (id) ON DELETE SET NULL,
    PRIMARY KEY (source, work_order)
);
