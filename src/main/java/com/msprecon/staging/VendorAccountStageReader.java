package com.msprecon.staging;

import com.msprecon.vendor.VendorAccount;
import java.util.List;

/** Reads a run's staged vendor accounts in account-code order. */
public class VendorAccountStageReader extends KeysetPagingReader<VendorAccount> {

	private final StagedData staged;

	public VendorAccountStageReader(StagedData staged, int pageSize) {
		super("stagedVendorAccountReader", pageSize);
		this.staged = staged;
	}

	@Override
	protected List<VendorAccount> readPage(String afterKey, int limit) {
		return staged.vendorAccountsAfter(afterKey, limit);
	}

	@Override
	protected String keyOf(VendorAccount item) {
		return item.accountCode();
	}

}
