-- Schema version 1 of the personal database, frozen as released, with a small sample of every kind of row.
-- Used only to (re)build the fixture schema-v1.db; see README.md. Never edit after a release.
PRAGMA journal_mode = DELETE;
BEGIN;
CREATE TABLE profiles ( id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0), created_at TEXT NOT NULL);
CREATE TABLE audits ( id INTEGER PRIMARY KEY, profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE, role_id TEXT NOT NULL, answers TEXT NOT NULL, risk REAL NOT NULL, exposure REAL NOT NULL, automation REAL NOT NULL, model_version TEXT NOT NULL, taken_at TEXT NOT NULL);
CREATE INDEX audits_by_profile ON audits(profile_id, taken_at);
CREATE TABLE plans ( id INTEGER PRIMARY KEY, profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE, role_id TEXT NOT NULL, start_date TEXT NOT NULL, UNIQUE (profile_id, role_id));
CREATE TABLE step_states ( plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE, step_id TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('todo', 'doing', 'done')), done_date TEXT, note TEXT NOT NULL DEFAULT '', target_week TEXT, PRIMARY KEY (plan_id, step_id));
CREATE TABLE checkins ( id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE, week TEXT NOT NULL, hours REAL NOT NULL CHECK (hours >= 0), steps_done INTEGER NOT NULL DEFAULT 0 CHECK (steps_done >= 0), reflection TEXT NOT NULL DEFAULT '', UNIQUE (plan_id, week));
CREATE TABLE settings ( key TEXT PRIMARY KEY, value TEXT NOT NULL);

INSERT INTO profiles (id, name, created_at) VALUES (1, 'default', '2026-09-01T08:00:00Z'), (2, 'Camille', '2026-09-02T08:00:00Z');
INSERT INTO audits (profile_id, role_id, answers, risk, exposure, automation, model_version, taken_at) VALUES
  (1, 'backend-developer', '{"role":"backend-developer","experience":"mid"}', 42.5, 61.0, 42.5, '1', '2026-09-01T09:00:00Z'),
  (1, 'backend-developer', '{"role":"backend-developer","experience":"senior"}', 35.1, 58.0, 39.0, '1', '2026-10-13T09:00:00Z');
INSERT INTO plans (id, profile_id, role_id, start_date) VALUES (1, 1, 'backend-developer', '2026-09-07');
INSERT INTO step_states (plan_id, step_id, status, done_date, note, target_week) VALUES
  (1, 'step-one', 'done', '2026-09-10', 'first step', NULL),
  (1, 'step-two', 'doing', NULL, '', '2026-W40');
INSERT INTO checkins (plan_id, week, hours, steps_done, reflection) VALUES
  (1, '2026-W37', 3, 1, 'a good start'),
  (1, '2026-W38', 2.5, 0, '');
INSERT INTO settings (key, value) VALUES ('default_profile', 'default'), ('reaudit_weeks', '6');
PRAGMA user_version = 1;
COMMIT;
