/**
 * Loads the SQL statements the job runs from the classpath's {@code sql/} folder (the top-level {@code sql/}
 * directory), so code, tests and a DBA read the same text. Depends on nothing else of the application.
 */
package com.msprecon.sql;
