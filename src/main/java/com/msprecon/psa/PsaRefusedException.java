package com.msprecon.psa;

/** The PSA refused one change as invalid (a bad product, a closed agreement): sending it again cannot help. */
public class PsaRefusedException extends RuntimeException {

	public PsaRefusedException(String message, Throwable cause) {
		super(message, cause);
	}

}
