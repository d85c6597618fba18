package com.msprecon.output;

import com.msprecon.run.RunKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Outputs as files in a folder ({@code recon.output-dir}, a local disk or a mounted share), laid out by
 * {@link OutputLayout}; each file is written to a temporary name and moved into place ({@link AtomicFiles}).
 */
public final class FolderOutputSink implements OutputSink {

	private final OutputLayout layout;

	public FolderOutputSink(Path outputDir) {
		this.layout = new OutputLayout(outputDir);
	}

	/** The folder on disk. */
	public Path pathOf(OutputFolder folder) {
		Path dir = layout.runDir(folder.run(), folder.matchOnly());
		return folder.subfolder() == null ? dir : dir.resolve(folder.subfolder());
	}

	@Override
	public String write(OutputFolder folder, String name, AtomicFiles.Content content) throws IOException {
		Path file = pathOf(folder).resolve(name);
		AtomicFiles.write(file, content);
		return file.toAbsolutePath().toString();
	}

	@Override
	public boolean exists(OutputFolder folder, String name) {
		return Files.isRegularFile(pathOf(folder).resolve(name));
	}

	@Override
	public InputStream open(OutputFolder folder, String name) throws IOException {
		return Files.newInputStream(pathOf(folder).resolve(name));
	}

	@Override
	public void markLatest(RunKey run, long runId) throws IOException {
		layout.markLatest(run, runId);
	}

	@Override
	public String where(OutputFolder folder) {
		return pathOf(folder).toAbsolutePath().toString();
	}

	@Override
	public String whereLatest(RunKey run) {
		return layout.periodDir(run).resolve(OutputLayout.LATEST).toAbsolutePath().toString();
	}

}
