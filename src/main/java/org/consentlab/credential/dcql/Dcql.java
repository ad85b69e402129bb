package org.consentlab.credential.dcql;

/**
 * Every wire name of the Digital Credentials Query Language (OpenID4VP 1.0 §6, §7) that this app
 * uses, written once, with its section.
 */
public final class Dcql {

	/** §6: the credential queries of a DCQL query. */
	public static final String CREDENTIALS = "credentials";

	/** §6, §6.2: credential set queries, the combinations of credentials that satisfy the request. */
	public static final String CREDENTIAL_SETS = "credential_sets";

	/** §6.2: the alternatives of a credential set query, each a list of credential query ids. */
	public static final String OPTIONS = "options";

	/** §6.2: whether a credential set query must be satisfied; true when absent. */
	public static final String REQUIRED = "required";

	/** §6.3: the values a claim must have (exact type and value) for the credential to match. */
	public static final String VALUES = "values";

	/** §6.1 credential query, §6.3 claims query */
	public static final String ID = "id";

	/** §6.1 */
	public static final String FORMAT = "format";

	/** §6.1 */
	public static final String META = "meta";

	/** Appendix B.3.5: the SD-JWT VC types a credential query accepts. */
	public static final String VCT_VALUES = "vct_values";

	/** §6.1 */
	public static final String CLAIMS = "claims";

	/** §6.1, §6.4.1: the combinations of claim ids that satisfy the query. */
	public static final String CLAIM_SETS = "claim_sets";

	/** §6.3, §7: the claims path pointer. */
	public static final String PATH = "path";

	private Dcql() {}
}
