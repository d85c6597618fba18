package com.msprecon.input;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a source needs to read one MSP's data (docs/rules.md §4.4): the MSP's input directory, and the settings
 * the MSP has of its own for a source (its API credentials, from its {@code secrets/} directory).
 *
 * @param msp the MSP's identifier
 * @param inputDir its input files and mapping tables
 * @param ownDirectory whether the directory is the MSP's own ({@code recon.msps.dir}) rather than the one input
 * directory of every MSP
 * @param ownSettings a source's settings bound with the MSP's own values, where it has any
 */
public record MspInputs(String msp, Path inputDir, boolean ownDirectory, OwnSettings ownSettings) {

	/** An MSP of the one input directory, with no settings of its own. */
	public static MspInputs of(String msp, Path inputDir) {
		return new MspInputs(msp, inputDir, false, OwnSettings.NONE);
	}

	/**
	 * The settings under {@code prefix} (e.g. {@code recon.connectwise}) with the MSP's own values over the
	 * installation's, if the MSP has any value of its own under it; empty when it has none.
	 */
	public <T> Optional<T> own(String prefix, Class<T> type) {
		return ownSettings.bind(prefix, type);
	}

	/** Binds an MSP's own settings. */
	public interface OwnSettings {

		OwnSettings NONE = new OwnSettings() {
			@Override
			public <T> Optional<T> bind(String prefix, Class<T> type) {
				return Optional.empty();
			}
		};

		<T> Optional<T> bind(String prefix, Class<T> type);

	}

}
