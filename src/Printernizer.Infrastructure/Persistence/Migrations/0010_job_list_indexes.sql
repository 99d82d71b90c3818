-- Job list: "failed jobs, longest first" and similar status + duration views are served by an index instead of a sort.
CREATE INDEX IF NOT EXISTS ix_jobs_status_actual ON jobs (status, actual_seconds DESC);
-- Statistics for the planner, so it picks the index that matches each filter and sort from the start.
ANALYZE;
