package com.msprecon.output;

import com.msprecon.run.RunKey;
import java.io.IOException;
import java.io.InputStream;

/**
 * Port for where the output files of runs go (docs/rules.md §5): today a local or mounted folder
 * ({@link FolderOutputSink}); an object store or a document library would be another implementation, and the
 * exporters, the mail delivery and the apply job would not change. Every file is written whole, so that no
 * reader ever sees half of one, and a run never overwrites another run's files ({@link OutputFolder}). The export
 * writes two files at once from two threads ({@link SideTask}), so {@link #write} must allow that.
 */
public interface OutputSink {

	/** Writes one file into a run's folder and says where it went. */
	String write(OutputFolder folder, String name, AtomicFiles.Content content) throws IOException;

	/** Whether a file has been written there (and is still there). */
	boolean exists(OutputFolder folder, String name);

	/** Reads a file written before, e.g. the workbook the mail delivery attaches. */
	InputStream open(OutputFolder folder, String name) throws IOException;

	/**
	 * Records that this reconciliation is the latest of its period ({@code latest.txt}), unless a later one is
	 * named already (the {@code export} command may write an older run's outputs again).
	 */
	void markLatest(RunKey run, long runId) throws IOException;

	/** Where a folder is, for the log and the console. */
	String where(OutputFolder folder);

	/** Where the marker of the latest reconciliation of a run's period is, for the log and the console. */
	String whereLatest(RunKey run);

}
