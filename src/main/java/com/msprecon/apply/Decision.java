package com.msprecon.apply;

/** Finance's decision on one change order (docs/rules.md R10). */
public enum Decision {

	APPROVE, REJECT

}
