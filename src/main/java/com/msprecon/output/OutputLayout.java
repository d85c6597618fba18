package com.msprecon.output;

import com.msprecon.run.RunKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a run's outputs go (docs/rules.md §4.4, §5): every run has a folder of its own, so no run overwrites
 * another's: {@code <output-dir>[/<msp>]/<period>/<asOfDate>-attempt-<N>[-match-only]/} (the MSP {@code default}
 * has no MSP folder). {@code <period>/latest.txt} names the folder of the latest reconciliation (the latest as-of
 * date, then the highest attempt) whose outputs are complete.
 */
public final class OutputLayout {

	public static final String LATEST = "latest.txt";

	private static final Pattern RUN_FOLDER = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-attempt-(\\d+)");

	private final Path outputDir;

	public OutputLayout(Path outputDir) {
		this.outputDir = outputDir;
	}

	/** {@code <output-dir>[/<msp>]/<period>} */
	public Path periodDir(RunKey key) {
		Path msp = key.isDefaultMsp() ? outputDir : outputDir.resolve(key.msp());
		return msp.resolve(key.period());
	}

	/** The folder of one run's outputs. */
	public Path runDir(RunKey key, boolean matchOnly) {
		return periodDir(key).resolve(key.asOfDate() + "-attempt-" + key.attempt() + (matchOnly ? "-match-only" : ""));
	}

	/**
	 * Names the reconciliation's folder in {@code latest.txt}, unless the file names a later one already (the
	 * {@code export} command may write an older run's outputs again). Written whole and moved into place.
	 */
	public void markLatest(RunKey key, long runId) throws IOException {
		Path latest = periodDir(key).resolve(LATEST);
		Optional<RunKey> named = named(latest, key);
		if (named.isPresent() && isAfter(named.get(), key)) {
			return;
		}
		String folder = runDir(key, false).getFileName().toString();
		String text = folder + "\n\nThe latest reconciliation of " + key.period() + " is in the folder " + folder
				+ " (run " + runId + ", as of " + key.asOfDate() + ", attempt " + key.attempt()
				+ "). Every other folder here holds an earlier run's outputs, kept as they were.\n";
		AtomicFiles.write(latest, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** The run {@code latest.txt} names, as a key of the same MSP. */
	private static Optional<RunKey> named(Path latest, RunKey key) throws IOException {
		if (!Files.isRegularFile(latest)) {
			return Optional.empty();
		}
		String first = Files.readAllLines(latest, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
		Matcher m = RUN_FOLDER.matcher(first);
		return m.matches() ? Optional.of(new RunKey(key.msp(), LocalDate.parse(m.group(1)), Long.parseLong(m.group(2))))
				: Optional.empty();
	}

	private static boolean isAfter(RunKey a, RunKey b) {
		int byDate = a.asOfDate().compareTo(b.asOfDate());
		return byDate > 0 || byDate == 0 && a.attempt() > b.attempt();
	}

}
