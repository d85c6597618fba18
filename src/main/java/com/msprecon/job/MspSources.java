package com.msprecon.job;

import com.msprecon.ReconProperties;
import com.msprecon.input.SourceInput;
import com.msprecon.mapping.MappingTableSource;
import com.msprecon.msp.MspDirectory;
import com.msprecon.psa.PsaSource;
import com.msprecon.usage.UsageSource;
import com.msprecon.vendor.VendorAccountSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The sources and settings of the MSP a run reconciles (docs/rules.md §4.4): the configured sources, reading
 * that MSP's input directory, and the installation's settings with the MSP's own values. Steps ask for them
 * when they run, so one process can reconcile one MSP after another.
 */
public class MspSources {

	private final MspDirectory msps;

	private final ReconProperties properties;

	private final VendorAccountSource vendor;

	private final PsaSource psa;

	private final UsageSource usage;

	private final MappingTableSource mappingTables;

	public MspSources(MspDirectory msps, ReconProperties properties, VendorAccountSource vendor, PsaSource psa,
			UsageSource usage, MappingTableSource mappingTables) {
		this.msps = msps;
		this.properties = properties;
		this.vendor = vendor;
		this.psa = psa;
		this.usage = usage;
		this.mappingTables = mappingTables;
	}

	/**
	 * @throws IllegalArgumentException when the MSP's settings file is not valid, naming it and why
	 */
	public Sources of(String msp) {
		ReconProperties settings = properties.forMsp(msps.settingsOf(msp));
		var dir = settings.inputDir();
		return new Sources(settings, vendor.forInputDir(dir), psa.forInputDir(dir), usage.forInputDir(dir),
				mappingTables.forInputDir(dir));
	}

	/** One MSP's settings and sources. */
	public record Sources(ReconProperties settings, VendorAccountSource vendor, PsaSource psa, UsageSource usage,
			MappingTableSource mappingTables) {

		/** The two mapping tables' inputs. */
		public List<SourceInput> mappingInputs() {
			return List.of(mappingTables.accountMapInput(), mappingTables.serviceMapInput());
		}

		/** Everything the reconciliation reads. */
		public List<SourceInput> all() {
			List<SourceInput> inputs = new ArrayList<>(vendor.inputs());
			inputs.addAll(psa.inputs());
			inputs.addAll(usage.inputs());
			inputs.addAll(mappingInputs());
			return inputs;
		}

	}

}
