-- Schema version 2 of the personal database, frozen as released, with a small sample of every kind of row.
-- Version 2 adds the task-level research tables (research_*). Used only to (re)build the fixture
-- schema-v2.db; see README.md. Never edit after a release.
PRAGMA journal_mode = DELETE;
BEGIN;
CREATE TABLE profiles ( id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0), created_at TEXT NOT NULL);
CREATE TABLE audits ( id INTEGER PRIMARY KEY, profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE, role_id TEXT NOT NULL, answers TEXT NOT NULL, risk REAL NOT NULL, exposure REAL NOT NULL, automation REAL NOT NULL, model_version TEXT NOT NULL, taken_at TEXT NOT NULL);
CREATE INDEX audits_by_profile ON audits(profile_id, taken_at);
CREATE TABLE plans ( id INTEGER PRIMARY KEY, profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE, role_id TEXT NOT NULL, start_date TEXT NOT NULL, UNIQUE (profile_id, role_id));
CREATE TABLE step_states ( plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE, step_id TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('todo', 'doing', 'done')), done_date TEXT, note TEXT NOT NULL DEFAULT '', target_week TEXT, PRIMARY KEY (plan_id, step_id));
CREATE TABLE checkins ( id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE, week TEXT NOT NULL, hours REAL NOT NULL CHECK (hours >= 0), steps_done INTEGER NOT NULL DEFAULT 0 CHECK (steps_done >= 0), reflection TEXT NOT NULL DEFAULT '', UNIQUE (plan_id, week));
CREATE TABLE settings ( key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE research_occupation ( code TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE research_task ( task_id INTEGER PRIMARY KEY, occupation_code TEXT NOT NULL, position INTEGER NOT NULL, statement TEXT NOT NULL, task_type INTEGER NOT NULL CHECK (task_type BETWEEN 0 AND 2), human_exposure INTEGER NOT NULL CHECK (human_exposure BETWEEN 0 AND 3), gpt4_exposure INTEGER NOT NULL CHECK (gpt4_exposure BETWEEN 0 AND 3), gpt4_exposure_alt INTEGER NOT NULL CHECK (gpt4_exposure_alt BETWEEN 0 AND 3), gpt3_relevant INTEGER NOT NULL CHECK (gpt3_relevant BETWEEN 0 AND 1), automation INTEGER NOT NULL CHECK (automation BETWEEN 0 AND 4));
CREATE TABLE research_bls ( soc_code TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL, employment INTEGER, median_wage INTEGER, median_wage_top_coded INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE research_applicability ( soc_code TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL, score REAL NOT NULL CHECK (score BETWEEN 0 AND 1)) WITHOUT ROWID;
CREATE INDEX research_task_by_occupation ON research_task (occupation_code, position);
CREATE TABLE research_import ( data_set TEXT PRIMARY KEY NOT NULL, source_file TEXT NOT NULL, row_count INTEGER NOT NULL, imported_at TEXT NOT NULL) WITHOUT ROWID;

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
INSERT INTO research_occupation (code, title) VALUES ('15-1252.00', 'Software Developers'), ('35-2014.00', 'Cooks, Restaurant');
INSERT INTO research_task (task_id, occupation_code, position, statement, task_type, human_exposure, gpt4_exposure, gpt4_exposure_alt, gpt3_relevant, automation) VALUES
  (9101, '15-1252.00', 0, 'Write code for a new feature.', 0, 2, 1, 1, 1, 3),
  (9102, '15-1252.00', 1, 'Tag "legacy" modules, then archive them.', 2, 1, 2, 2, 0, 2),
  (8201, '35-2014.00', 0, 'Season and cook food according to recipes or personal judgment.', 0, 0, 0, 0, 0, 0);
INSERT INTO research_bls (soc_code, title, employment, median_wage, median_wage_top_coded) VALUES
  ('15-1252', 'Software Developers', 1364180, 120730, 0), ('35-2014', 'Cooks, Restaurant', 1141180, NULL, 0);
INSERT INTO research_applicability (soc_code, title, score) VALUES ('15-1252', 'Software Developers', 0.5);
INSERT INTO research_import (data_set, source_file, row_count, imported_at) VALUES
  ('labels', 'full_labelset.tsv', 3, '2026-11-20T09:00:00Z'), ('bls', 'national_May2021_dl.csv', 2, '2026-11-20T09:00:00Z'),
  ('applicability', 'soc_ai_applicability_scores.csv', 1, '2026-11-20T09:00:00Z');
PRAGMA user_version = 2;
COMMIT;
