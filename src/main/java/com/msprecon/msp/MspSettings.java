package com.msprecon.msp;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One MSP's own settings: where its inputs are, and the values its {@code msp.properties} sets instead of the
 * installation's ({@link MspDirectory#SETTINGS}).
 *
 * @param msp the MSP's identifier
 * @param inputDir its input files and mapping tables
 * @param settings the settings its file gives, by name; empty when it has none
 * @param settingsFile the file they come from, for error messages; {@code null} when there is none
 * @param secretsDir the MSP's own credentials as a tree of files named by the settings they set ({@code
 * recon.connectwise.private-key}, as Spring's {@code configtree:}); {@code null} when it can have none
 */
public record MspSettings(String msp, Path inputDir, Map<String, String> settings, Path settingsFile,
		Path secretsDir) {

	public MspSettings {
		settings = Map.copyOf(settings);
	}

	/** The value this MSP sets for a setting, if it sets one. */
	public Optional<String> setting(String name) {
		return Optional.ofNullable(settings.get(name));
	}

	/** Where a bad value was found, for a message: "the settings of MSP acme (/msps/acme/msp.properties)". */
	public String origin() {
		return "the settings of MSP " + msp + (settingsFile == null ? "" : " (" + settingsFile + ")");
	}

}
