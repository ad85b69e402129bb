package org.consentlab.web;

/**
 * A {@link ProtocolEndpoint} controller's routes for the app's own calls ({@link Loopback}): the
 * same handler methods its HTTP mappings call, under the same paths, methods and content types, so
 * a call from the in-app wallet runs the very code an outside wallet's HTTP request runs.
 */
public interface ProtocolRoutes {

	void register(ProtocolRouter router);
}
