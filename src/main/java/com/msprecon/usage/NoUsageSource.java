package com.msprecon.usage;

import com.msprecon.input.InputRow;
import com.msprecon.input.SourceInput;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** No usage source ({@code recon.usage.source=none}): each account keeps its own {@code actual_users}. */
@Component
@Conditional(UsageSourceChoice.None.class)
public class NoUsageSource implements UsageSource {

	@Override
	public ItemStreamReader<InputRow<UsageCount>> reader() {
		return new ItemStreamReader<>() {

			@Override
			public InputRow<UsageCount> read() {
				return null;
			}

		};
	}

	@Override
	public List<SourceInput> inputs() {
		return List.of();
	}

	@Override
	public UsageOrigin origin() {
		return null;
	}

	@Override
	public TenantMap tenantMap() {
		return TenantMap.empty();
	}

}
