package com.msprecon.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A local port free right now, for a test server that is stopped and started again on the same port. */
public final class FreePort {

	private FreePort() {
	}

	public static int pick() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
