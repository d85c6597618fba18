/**
 * Loads the SQL statements the job runs from the classpath's {@code sql/} folder (the top-level {@code sql/}
 * directory), so code, tests and a DBA read the same text, and writes many rows of such a statement at once
 * ({@link com.msprecon.sql.BulkInsert}: PostgreSQL's COPY). Depends on nothing else of the application; the only
 * package that knows the PostgreSQL driver.
 */
package com.msprecon.sql;
