package com.msprecon.launch;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

/**
 * Whether a run failed because its database connection was lost (a failover, a network blip, a server restart):
 * the one failure after which resuming the same run at once, in the same process, is both safe and likely to
 * succeed. Safe, because a resumed run ends exactly as an uninterrupted one (docs/rules.md §1). Told by the JDBC
 * exception types for it and by SQLState class {@code 08} (connection exception) or PostgreSQL's {@code 57P01}–
 * {@code 57P03} (the server shut the session down), anywhere in the cause chain.
 */
final class ConnectionLoss {

	private ConnectionLoss() {
	}

	/** Whether any of a run's failures is a lost database connection. */
	static boolean isAmong(List<Throwable> failures) {
		return failures.stream().anyMatch(ConnectionLoss::isCauseOf);
	}

	static boolean isCauseOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException) {
				return true;
			}
			if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
				|| state.equals("57P03"));
	}

}
