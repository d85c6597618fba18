package com.msprecon.reconciliation;

/** Which way a Sync-Up line moves the vendor's seats (docs/rules.md R8). */
public enum SyncDirection {

	/** more seats: the change is positive */
	UPSELL,

	/** fewer seats */
	DOWNSELL

}
