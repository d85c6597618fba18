package com.msprecon.vendor.mimecast;

import static com.msprecon.http.JsonFields.lowerCase;
import static com.msprecon.http.JsonFields.requiredCount;
import static com.msprecon.http.JsonFields.requiredText;
import static com.msprecon.http.JsonFields.textList;

import com.msprecon.input.FieldException;
import com.msprecon.vendor.VendorAccount;
import tools.jackson.databind.JsonNode;

/**
 * Maps a {@code get-account} record to a {@link VendorAccount}: {@code accountCode}, {@code accountName},
 * {@code userCount} (the contracted seats), {@code packages[]} as given ({@code "Name [id]"}), and
 * {@code domains[]} when the response has them (unconfirmed; the documented {@code domain} field is a temporary
 * domain and is not used). Mimecast does not know actual users: they come from the usage source.
 */
final class MimecastAccounts {

	private MimecastAccounts() {
	}

	static VendorAccount map(String askedFor, JsonNode account) {
		String code = requiredText(account, "accountCode");
		if (!code.equals(askedFor)) {
			throw new FieldException("accountCode", "asked for account " + askedFor + " but got " + code);
		}
		String name = requiredText(account, "accountName");
		int userCount = requiredCount(account, "userCount");
		return new VendorAccount(code, name, userCount, textList(account, "packages"),
				lowerCase(textList(account, "domains")), null);
	}

}
