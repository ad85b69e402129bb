package org.consentlab.registry;

/** The Registry world's paths, named once for controllers and redirects. */
public final class RegistryRoutes {

	public static final String HOME = "/registry";

	public static final String ENROL = "/registry/enrol";

	public static final String PROFILE = "/registry/profile";

	public static final String QUERY = "/registry/query";

	public static final String WEEK = "/registry/week";

	public static final String LOG = "/registry/log";

	public static final String ANALYST = "/registry/analyst";

	public static final String IDENTIFICATION = "/registry/identification";

	public static final String POLICY = "/registry/policy";

	public static final String DNA = "/registry/dna";

	public static final String EXTRACT = "/registry/extract";

	public static final String BREACH = "/registry/breach";

	public static final String GATE = "/registry/gate";

	private RegistryRoutes() {}
}
