package com.msprecon.job;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Opens a workbook the way a finance user's spreadsheet application would: LibreOffice headless converts every
 * sheet to CSV. Without LibreOffice the check is skipped, unless {@code RECON_REQUIRE_LIBREOFFICE=true} (CI).
 */
final class LibreOffice {

	private static final String ALL_SHEETS_AS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

	private LibreOffice() {
	}

	/** Sheet name to its CSV text, as LibreOffice read the workbook. */
	static Map<String, String> sheetsAsCsv(Path workbook, Path workDir) throws IOException, InterruptedException {
		boolean installed = Files.isExecutable(Path.of("/usr/bin/soffice"));
		if (!"true".equalsIgnoreCase(System.getenv("RECON_REQUIRE_LIBREOFFICE"))) {
			assumeThat(installed).as("LibreOffice (soffice) is installed").isTrue();
		}
		Path out = Files.createDirectories(workDir.resolve("csv"));
		ProcessBuilder soffice = new ProcessBuilder("/usr/bin/soffice",
				"-env:UserInstallation=" + workDir.resolve("profile").toUri(), "--headless", "--convert-to",
				ALL_SHEETS_AS_CSV, "--outdir", out.toString(), workbook.toString())
			.redirectErrorStream(true)
			.redirectOutput(workDir.resolve("soffice.log").toFile());
		// its temporary files go where the tests' go (support.TestSessionCleanup), not to the machine's /tmp
		soffice.environment().put("TMPDIR", System.getProperty("java.io.tmpdir"));
		Process process = soffice.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("LibreOffice did not finish converting " + workbook);
		}
		String base = workbook.getFileName().toString().replace(".xlsx", "");
		Map<String, String> sheets = new LinkedHashMap<>();
		try (var files = Files.list(out)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				sheets.put(name.substring(base.length() + 1, name.length() - ".csv".length()), Files.readString(file));
			}
		}
		return sheets;
	}

}
