package com.msprecon.usage;

import com.msprecon.input.InputRow;
import com.msprecon.input.MspInputs;
import com.msprecon.input.SourceInput;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Port for where actual users come from (docs/rules.md §4.3): nothing, a usage file, Microsoft Graph. Chosen by
 * {@code recon.usage.source} ({@link UsageSourceChoice}). The staging step reads through it; linking to vendor
 * accounts and everything after reads the database only.
 */
public interface UsageSource {

	/**
	 * A new reader of all usage counts. It must be restartable: it saves its position in the execution context,
	 * or reading again from the start yields the same records (staging is idempotent). A record it cannot use is
	 * a reject; a tenant that gives no count is a record with a problem, never a failed run.
	 */
	ItemStreamReader<InputRow<UsageCount>> reader();

	/** The inputs this source reads, for the run's provenance (file hashes on the Summary sheet). */
	List<SourceInput> inputs();

	/** What this source is, for the stored provenance; {@code null} for no usage source. */
	UsageOrigin origin();

	/** The tenant map that links its tenants to accounts (empty for sources without tenants). */
	TenantMap tenantMap();

	/**
	 * This source as it reads one MSP's data (docs/rules.md §4.4): a source of files reads the MSP's input
	 * directory, an API source the MSP's own account where it has credentials of its own. A source that is the
	 * same for every MSP returns itself.
	 */
	default UsageSource forMsp(MspInputs msp) {
		return this;
	}

}
