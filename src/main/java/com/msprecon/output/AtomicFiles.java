package com.msprecon.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file under a temporary name and moves it into place, so a reader never sees half a file. */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	public static void write(Path target, Content content) throws IOException {
		Files.createDirectories(target.getParent());
		Path part = target.resolveSibling("." + target.getFileName() + ".part");
		try (OutputStream out = Files.newOutputStream(part)) {
			content.writeTo(out);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(part);
			throw ex;
		}
		try {
			Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
