package com.msprecon.support;

import com.msprecon.ReconProperties;
import com.msprecon.ReconProperties.SeatBasis;
import com.msprecon.job.MspSources;
import com.msprecon.mapping.FileMappingTables;
import com.msprecon.msp.MspDirectory;
import com.msprecon.psa.PsaSource;
import com.msprecon.psa.file.CsvPsaSource;
import com.msprecon.usage.NoUsageSource;
import com.msprecon.vendor.VendorAccountSource;
import com.msprecon.vendor.file.CsvVendorAccountSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * What the tests of an API source's credentials per MSP share (docs/rules.md §4.4): a directory of MSPs in which
 * {@code acme} keeps one secret of its own and {@code other} none, the installation's settings, and the
 * {@link MspSources} over them.
 */
public final class MspCredentialsFixture {

	private final Path msps;

	private final StandardEnvironment environment = new StandardEnvironment();

	/**
	 * @param secret the setting {@code acme} sets in its {@code secrets/} directory, e.g. {@code recon.mimecast.client-secret}
	 * @param installation the installation's settings of the source
	 */
	public MspCredentialsFixture(Path msps, String secret, String value, Map<String, String> installation)
			throws IOException {
		this.msps = msps;
		Files.writeString(Files.createDirectories(msps.resolve("acme").resolve("secrets")).resolve(secret), value + "\n");
		Files.createDirectories(msps.resolve("other"));
		environment.getPropertySources().addFirst(new MapPropertySource("installation", Map.copyOf(installation)));
	}

	public Path msps() {
		return msps;
	}

	/** The installation's settings of a source, bound as the application binds them. */
	public <T> T installation(String prefix, Class<T> type) {
		return new Binder(ConfigurationPropertySources.get(environment)).bindOrCreate(prefix, type);
	}

	/** The sources of the MSPs, with files for the sources a test does not give. */
	public MspSources sources(VendorAccountSource vendor, PsaSource psa) {
		return new MspSources(new MspDirectory(msps, null),
				new ReconProperties(msps, msps.resolve("out"), ZoneId.of("UTC"), SeatBasis.ACTUAL_WHEN_KNOWN, 100,
						Currency.getInstance("USD")),
				vendor == null ? new CsvVendorAccountSource(msps) : vendor, psa == null ? new CsvPsaSource(msps) : psa,
				new NoUsageSource(), new FileMappingTables(msps), environment);
	}

}
