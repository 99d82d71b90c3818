-- Issue 15: every job has one value everywhere. The rollup's money columns now sum each job's value (components rounded
-- to cents, total = the sum of the rounded parts, a private print without owner labour) instead of the raw revision
-- columns, so analytics equal the sum of the exported rows. Rebuilt with the same expressions as JobDailyTotals.Aggregates
-- (pz_cents, pz_job_labour and pz_job_total are registered on every connection by SqliteConnectionFactory).

DELETE FROM job_daily_totals;
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
       pz_decimal_sum(pz_cents(c.material)), pz_decimal_sum(pz_cents(c.energy)), pz_decimal_sum(pz_cents(c.machine)),
       pz_decimal_sum(pz_job_labour(j.category, c.labour)), pz_decimal_sum(pz_cents(c.failure_allowance)),
       pz_decimal_sum(pz_job_total(j.category, c.material, c.energy, c.machine, c.labour, c.failure_allowance))
FROM jobs j
LEFT JOIN job_costs c ON c.job_id = j.id AND c.is_latest = 1
WHERE j.status NOT IN ('printing', 'paused')
GROUP BY 1, 2, 3, 4, 5;
