package com.msprecon.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The job started the way an operator or the CronJob starts it: a JVM of its own. */
final class JobProcess {

	private final Process process;

	private final Path log;

	private JobProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	static JobProcess start(Path log, List<String> args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-cp",
				System.getProperty("java.class.path"), "com.msprecon.ReconApplication"));
		command.addAll(args);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new JobProcess(process, log);
	}

	/** Waits for the process to end and returns its exit code. */
	int waitFor() throws InterruptedException {
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("the job process did not end; its log: " + log);
		}
		return process.exitValue();
	}

	/** SIGKILL: the process dies at once, as when a pod is OOM-killed. */
	void kill() {
		process.destroyForcibly();
	}

	/** SIGTERM: the process is asked to end, as when a pod is deleted or evicted. */
	void terminate() {
		process.destroy();
	}

	Path log() {
		return log;
	}

}
