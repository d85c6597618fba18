package com.msprecon.run;

/** What became of one input's records: used (staged) and rejected; read = used + rejected (docs/rules.md §3). */
public record InputCount(String input, long used, long rejected) {

	public long read() {
		return used + rejected;
	}

}
