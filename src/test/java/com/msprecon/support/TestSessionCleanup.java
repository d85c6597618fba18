package com.msprecon.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * What a test run leaves behind on a shared machine (registered in {@code META-INF/services}). Its temporary files:
 * the build points {@code java.io.tmpdir} of each test JVM at a folder of its own under {@code target/test-tmp},
 * which this empties when the session opens, so that the last run's files stay there to read until the next run,
 * and none go to the machine's {@code /tmp}. Its PostgreSQL schemas: dropped when the session closes ({@link TestSchemas}).
 */
public final class TestSessionCleanup implements LauncherSessionListener {

	private static final Logger log = LoggerFactory.getLogger(TestSessionCleanup.class);

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
		// only the build's own folder (target/test-tmp/<phase>-<fork>): run from an IDE, the tests use the machine's
		Path parent = temporary.toAbsolutePath().normalize().getParent();
		if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("test-tmp")) {
			empty(temporary);
		}
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		int dropped = TestSchemas.dropCreated();
		if (dropped > 0) {
			log.info("Dropped the {} PostgreSQL schemas of this test run", dropped);
		}
	}

	private static void empty(Path folder) {
		try {
			FileSystemUtils.deleteRecursively(folder);
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not prepare the tests' temporary folder " + folder + ": "
					+ ex.getMessage() + "; delete it by hand and run the tests again", ex);
		}
	}

}
