-- Analytics pre-aggregation (issue 8 benchmark: summary over 200 000 jobs < 100 ms) and the export's sort order.
--
-- job_daily_totals: the ENDED jobs (every status except printing/paused) summed per Berlin local day of their end
-- (COALESCE(ended_at, started_at), the day a job belongs to, business.md §6) × printer × category × status × material
-- type. Analytics periods are whole Berlin days, so a period is exactly a range of `day`; open jobs (at most one per
-- printer) are added live. Money columns are exact decimal sums as TEXT (pz_decimal_sum, never binary floats) of the
-- latest cost revision of each job; NULL when no job of the row has a revision.
-- Kept exactly in step by the writers (JobDailyTotals.RefreshAsync in the same transaction as every change of a job's
-- tracking data, its edits and its cost revisions); deleting a printer deletes its rows with its jobs.
-- pz_berlin_date and pz_decimal_sum are registered on every connection by SqliteConnectionFactory.

CREATE TABLE job_daily_totals (
    day                     TEXT    NOT NULL,
    printer_id              TEXT    NOT NULL REFERENCES printers (id) ON DELETE CASCADE,
    category                TEXT    NOT NULL,
    status                  TEXT    NOT NULL,
    material_type           TEXT    NOT NULL,
    jobs                    INTEGER NOT NULL,
    print_seconds           INTEGER NOT NULL,
    grams                   REAL    NOT NULL,
    -- completed jobs with an estimate and a print time (estimate accuracy)
    estimate_jobs           INTEGER NOT NULL,
    estimated_seconds       INTEGER NOT NULL,
    estimate_actual_seconds INTEGER NOT NULL,
    absolute_errors         REAL    NOT NULL,
    jobs_with_cost          INTEGER NOT NULL,
    material                TEXT    NULL,
    energy                  TEXT    NULL,
    machine                 TEXT    NULL,
    labour                  TEXT    NULL,
    failure_allowance       TEXT    NULL,
    total                   TEXT    NULL,
    PRIMARY KEY (day, printer_id, category, status, material_type)
) WITHOUT ROWID;
CREATE INDEX ix_job_daily_totals_printer ON job_daily_totals (printer_id, day);

-- Backfill from the existing jobs (same expressions as JobDailyTotals.Select).
INSERT INTO job_daily_totals (day, printer_id, category, status, material_type, jobs, print_seconds, grams, estimate_jobs,
                              estimated_seconds, estimate_actual_seconds, absolute_errors, jobs_with_cost,
                              material, energy, machine, labour, failure_allowance, total)
SELECT pz_berlin_date(COALESCE(j.ended_at, j.started_at)), j.printer_id, j.category, j.status,
       COALESCE(NULLIF(TRIM(j.material_type), ''), '(unknown)'),
       COUNT(*),
       SUM(MAX(j.actual_seconds - j.paused_seconds, 0)),
       TOTAL(COALESCE(CAST(j.material_used_grams AS REAL),
                      CAST(j.material_estimated_grams AS REAL) * (CASE WHEN j.status = 'completed' THEN 1.0 ELSE MIN(MAX(CAST(j.progress_percent AS REAL), 0), 100) / 100.0 END),
                      0.0)),
       SUM(CASE WHEN j.status = 'completed' AND j.estimated_seconds > 0 AND MAX(j.actual_seconds - j.paused_seconds, 0) > 0 THEN 1 ELSE 0 END),
       SUM(CASE WHEN j.status = 'completed' AND j.estimated_seconds > 0 AND MAX(j.actual_seconds - j.paused_seconds, 0) > 0 THEN j.estimated_seconds ELSE 0 END),
       SUM(CASE WHEN j.status = 'completed' AND j.estimated_seconds > 0 AND MAX(j.actual_seconds - j.paused_seconds, 0) > 0 THEN MAX(j.actual_seconds - j.paused_seconds, 0) ELSE 0 END),
       TOTAL(CASE WHEN j.status = 'completed' AND j.estimated_seconds > 0 AND MAX(j.actual_seconds - j.paused_seconds, 0) > 0
                  THEN ABS(MAX(j.actual_seconds - j.paused_seconds, 0) - j.estimated_seconds) * 1.0 / MAX(j.actual_seconds - j.paused_seconds, 0) ELSE 0.0 END),
       COUNT(c.job_id),
       pz_decimal_sum(c.material), pz_decimal_sum(c.energy), pz_decimal_sum(c.machine), pz_decimal_sum(c.labour),
       pz_decimal_sum(c.failure_allowance), pz_decimal_sum(c.total)
FROM jobs j
LEFT JOIN job_costs c ON c.job_id = j.id AND c.is_latest = 1
WHERE j.status NOT IN ('printing', 'paused')
GROUP BY 1, 2, 3, 4, 5;

-- The export streams jobs ORDER BY COALESCE(ended_at, started_at), id: this index serves the range and the order
-- without a temporary sort (and replaces the expression index of 0004).
CREATE INDEX ix_jobs_effective_end_id ON jobs (COALESCE(ended_at, started_at), id);
DROP INDEX ix_jobs_effective_end;
