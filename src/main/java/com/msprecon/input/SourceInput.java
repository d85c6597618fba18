package com.msprecon.input;

import java.nio.file.Path;

/**
 * One input a source reads: a file (hashed for provenance) or a remote source (no file, described only).
 *
 * @param name the name shown to finance, e.g. {@code mimecast-accounts.csv} or {@code mimecast-api}
 * @param file the file, or {@code null} for a remote source
 * @param description where it came from, e.g. the file path or the API base URL (never a credential)
 */
public record SourceInput(String name, Path file, String description) {

	public static SourceInput ofFile(Path file) {
		return new SourceInput(file.getFileName().toString(), file, file.toAbsolutePath().toString());
	}

	public static SourceInput remote(String name, String description) {
		return new SourceInput(name, null, description);
	}

}
