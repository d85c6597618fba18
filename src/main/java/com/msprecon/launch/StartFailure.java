package com.msprecon.launch;

import com.msprecon.run.ExitCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.BindException;

/**
 * What a failure to start the application means for the exit code, said in one sentence as the last line of
 * the log: a setting that cannot be bound is a refused launch (1: the same command cannot succeed); anything
 * else (the database unreachable, above all) is a failed one (5: a retry may succeed, so the pod failure
 * policy counts and retries it).
 */
public final class StartFailure {

	private static final Logger log = LoggerFactory.getLogger(StartFailure.class);

	private StartFailure() {
	}

	public static int exitCode(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof BindException bind) {
				log.error("Launch refused: the setting {} = '{}' cannot be used: {}. Correct it and run again.",
						bind.getName(), bind.getProperty() == null ? "?" : bind.getProperty().getValue(),
						rootMessage(bind));
				return ExitCodes.REFUSED;
			}
		}
		log.error("The job could not start: {}. Fix the cause (is the database reachable?), then run the same "
				+ "command again.", rootMessage(failure));
		return ExitCodes.FAILED;
	}

	/** The database driver's own message when there is one (it names host and port), else the root cause's. */
	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		Throwable database = null;
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			root = t;
			if (t instanceof java.sql.SQLException && t.getMessage() != null) {
				database = t;
			}
		}
		Throwable chosen = database != null ? database : root;
		return chosen.getMessage() == null ? chosen.getClass().getSimpleName() : chosen.getMessage();
	}

}
