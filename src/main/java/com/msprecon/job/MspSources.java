package com.msprecon.job;

import com.msprecon.ReconProperties;
import com.msprecon.input.MspInputs.OwnSettings;
import com.msprecon.input.MspInputs;
import com.msprecon.input.SourceInput;
import com.msprecon.mapping.MappingTableSource;
import com.msprecon.msp.MspDirectory;
import com.msprecon.msp.MspSettings;
import com.msprecon.psa.PsaSource;
import com.msprecon.staging.RestartInputsTasklet.StagedInputs;
import com.msprecon.staging.StagingTable;
import com.msprecon.usage.UsageSource;
import com.msprecon.usage.UsageTables;
import com.msprecon.vendor.VendorAccountSource;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.ConfigTreePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

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

	private final ConfigurableEnvironment environment;

	/** The settings of the API sources, the only ones an MSP's secrets may set. */
	private static final List<String> SOURCE_SETTINGS = List.of("recon.mimecast", "recon.connectwise",
			"recon.autotask", "recon.halopsa", "recon.usage.graph");

	/** Spring's view of all property sources as one; the layers are taken one by one instead. */
	private static final String ATTACHED = "configurationProperties";

	public MspSources(MspDirectory msps, ReconProperties properties, VendorAccountSource vendor, PsaSource psa,
			UsageSource usage, MappingTableSource mappingTables, ConfigurableEnvironment environment) {
		this.environment = environment;
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
		MspSettings own = msps.settingsOf(msp);
		ReconProperties settings = properties.forMsp(own);
		MspInputs inputs = new MspInputs(msp, settings.inputDir(), msps.hasMspsDir(), ownSettings(own));
		return new Sources(settings, own, inputs, vendor.forMsp(inputs), psa.forMsp(inputs), usage.forMsp(inputs),
				mappingTables.forMsp(inputs));
	}

	/**
	 * The MSP's own credentials, files in its {@code secrets/} directory named by the settings they set: a
	 * source's settings are bound from them over the installation's, when the MSP has any under its prefix.
	 */
	private OwnSettings ownSettings(MspSettings msp) {
		if (msp.secretsDir() == null || !Files.isDirectory(msp.secretsDir())) {
			return OwnSettings.NONE;
		}
		ConfigTreePropertySource secrets = new ConfigTreePropertySource("the secrets of MSP " + msp.msp(),
				msp.secretsDir(), ConfigTreePropertySource.Option.AUTO_TRIM_TRAILING_NEW_LINE);
		for (String name : secrets.getPropertyNames()) {
			// a misspelt source name would leave the MSP on the installation's account without a word
			if (SOURCE_SETTINGS.stream().noneMatch(root -> name.toLowerCase(Locale.ROOT).startsWith(root + "."))) {
				throw new IllegalArgumentException(msp.secretsDir().resolve(name) + " is not a setting of an API "
						+ "source (" + String.join(".*, ", SOURCE_SETTINGS) + ".*); rename or remove it");
			}
		}
		List<PropertySource<?>> layers = new ArrayList<>();
		layers.add(secrets);
		environment.getPropertySources()
			.stream()
			.filter(source -> !ATTACHED.equals(source.getName()))
			.forEach(layers::add);
		Binder binder = new Binder(ConfigurationPropertySources.from(layers),
				new PropertySourcesPlaceholdersResolver(layers), ApplicationConversionService.getSharedInstance());
		return new OwnSettings() {
			@Override
			public <T> Optional<T> bind(String prefix, Class<T> type) {
				boolean hasOwn = Arrays.stream(secrets.getPropertyNames())
					.anyMatch(name -> name.toLowerCase(Locale.ROOT).startsWith(prefix + "."));
				return hasOwn ? Optional.of(binder.bindOrCreate(prefix, type)) : Optional.empty();
			}
		};
	}

	/** One MSP's settings and sources. */
	public record Sources(ReconProperties settings, MspSettings own, MspInputs inputs, VendorAccountSource vendor,
			PsaSource psa, UsageSource usage, MappingTableSource mappingTables) {

		/** The MSP's own recipients of the workbook ({@code mail-to} in its settings file), if it names any. */
		public Optional<List<String>> mailTo() {
			return own.setting("mail-to").map(to -> List.of(to.split(",")));
		}

		/** The two mapping tables' inputs. */
		public List<SourceInput> mappingInputs() {
			return List.of(mappingTables.accountMapInput(), mappingTables.serviceMapInput());
		}

		/**
		 * What the staging steps of the match-only job read, by step (a restart checks each against its hashes):
		 * the vendor accounts, the PSA companies and the mapping tables.
		 */
		public List<StagedInputs> stagedForMatching() {
			return List.of(new StagedInputs("stageVendorAccountsStep", vendor.inputs(), StagingTable.VENDOR_ACCOUNTS),
					new StagedInputs("stagePsaCompaniesStep", List.of(psa.companiesInput()), StagingTable.PSA_COMPANIES),
					new StagedInputs("loadMappingsStep", mappingInputs(), null));
		}

		/** The same for the reconciliation, which stages everything. */
		public List<StagedInputs> staged() {
			List<StagedInputs> staged = new ArrayList<>(stagedForMatching());
			staged.add(2, new StagedInputs("stagePsaAgreementsStep", List.of(psa.agreementsInput()),
					StagingTable.PSA_AGREEMENTS));
			staged.add(3, new StagedInputs("stagePsaAdditionsStep", List.of(psa.additionsInput()),
					StagingTable.PSA_ADDITIONS));
			staged.add(4, new StagedInputs("stageUsageStep", usage.inputs(), UsageTables.STAGED_USAGE));
			return staged;
		}

		/** What the reconciliation reads from its sources, for the run's provenance (the mapping tables aside). */
		public List<SourceInput> sourceInputs() {
			List<SourceInput> inputs = new ArrayList<>(vendor.inputs());
			inputs.addAll(psa.inputs());
			inputs.addAll(usage.inputs());
			return inputs;
		}

		/** The same for the match-only job: the vendor accounts and the PSA companies. */
		public List<SourceInput> sourceInputsForMatching() {
			List<SourceInput> inputs = new ArrayList<>(vendor.inputs());
			inputs.add(psa.companiesInput());
			return inputs;
		}

		/** Everything the reconciliation reads. */
		public List<SourceInput> all() {
			List<SourceInput> inputs = new ArrayList<>(sourceInputs());
			inputs.addAll(mappingInputs());
			return inputs;
		}

		/** Everything the match-only job reads. */
		public List<SourceInput> allForMatching() {
			List<SourceInput> inputs = new ArrayList<>(sourceInputsForMatching());
			inputs.addAll(mappingInputs());
			return inputs;
		}

	}

}
