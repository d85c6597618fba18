package com.msprecon.msp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where each MSP's inputs and settings are (docs/rules.md §4.4). With a directory of MSPs ({@code recon.msps.dir}),
 * MSP {@code acme} reads {@code <dir>/acme/} and may set its own values in {@code <dir>/acme/msp.properties};
 * without one, every MSP reads the one input directory and the installation's settings.
 */
public final class MspDirectory {

	/** The optional file of an MSP's own settings, in its directory. */
	public static final String SETTINGS_FILE = "msp.properties";

	/** The directory of an MSP's own credentials, in its directory (see {@link MspSettings#secretsDir()}). */
	public static final String SECRETS_DIR = "secrets";

	/** What an MSP may set for itself in its settings file; its credentials are files in {@link #SECRETS_DIR}. */
	public static final Set<String> SETTINGS = Set.of("currency", "seats", "mail-to");

	private final Path mspsDir;

	private final Path inputDir;

	/**
	 * @param mspsDir one directory per MSP, or {@code null}
	 * @param inputDir the input directory of every MSP when there is no {@code mspsDir}
	 */
	public MspDirectory(Path mspsDir, Path inputDir) {
		this.mspsDir = mspsDir;
		this.inputDir = inputDir;
	}

	/** Whether the MSPs have directories of their own (and so {@link #msps()} can list them). */
	public boolean hasMspsDir() {
		return mspsDir != null;
	}

	/**
	 * The MSP's settings. Its directory need not exist (the launch then refuses the run, naming the missing
	 * files); a settings file that exists must be valid.
	 *
	 * @throws IllegalArgumentException naming file, line and reason when its settings file is not valid
	 */
	public MspSettings settingsOf(String msp) {
		if (mspsDir == null) {
			return new MspSettings(msp, inputDir, Map.of(), null, null);
		}
		Path dir = mspsDir.resolve(msp);
		Path file = dir.resolve(SETTINGS_FILE);
		return new MspSettings(msp, dir, Files.isRegularFile(file) ? read(file) : Map.of(),
				Files.isRegularFile(file) ? file : null, dir.resolve(SECRETS_DIR));
	}

	/**
	 * Every MSP of the directory of MSPs, in name order: its directories, except hidden ones ({@code .git},
	 * Kubernetes' {@code ..data} of a mounted ConfigMap).
	 *
	 * @throws IllegalStateException when there is no directory of MSPs, or it cannot be read
	 */
	public List<String> msps() {
		if (mspsDir == null) {
			throw new IllegalStateException("all-msps needs a directory with one directory per MSP: set "
					+ "recon.msps.dir (RECON_MSPS_DIR)");
		}
		try (Stream<Path> entries = Files.list(mspsDir)) {
			return entries.filter(Files::isDirectory)
				.map(path -> path.getFileName().toString())
				.filter(name -> !name.startsWith("."))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("the directory of MSPs " + mspsDir + " (recon.msps.dir) cannot be read: "
					+ ex.getMessage(), ex);
		}
	}

	/** {@code name=value} lines; blank lines and lines starting with {@code #} are comments. */
	private static Map<String, String> read(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file);
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException(file + ": not UTF-8 text; save it as UTF-8");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(file + " cannot be read", ex);
		}
		Map<String, String> settings = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int eq = line.indexOf('=');
			String name = eq < 0 ? line : line.substring(0, eq).strip();
			if (eq < 0 || !SETTINGS.contains(name)) {
				throw new IllegalArgumentException(file + " line " + (i + 1) + ": "
						+ (eq < 0 ? "'" + line + "' is not name=value" : "unknown setting '" + name + "'")
						+ "; an MSP may set " + String.join(", ", SETTINGS.stream().sorted().toList()));
			}
			if (settings.put(name, line.substring(eq + 1).strip()) != null) {
				throw new IllegalArgumentException(file + " line " + (i + 1) + ": '" + name + "' is set twice");
			}
		}
		return settings;
	}

}
