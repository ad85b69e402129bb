package org.consentlab.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.consentlab.credential.dcql.DcqlQuery;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oid4vci.CredentialOffer;
import org.consentlab.credential.oid4vci.CredentialRequest;
import org.consentlab.credential.oid4vp.AuthorizationRequest;
import org.consentlab.credential.oid4vp.VpToken;
import org.consentlab.credential.sdjwt.ParseLimits;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.sdjwt.SdJwtJson;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.status.StatusList;
import org.consentlab.credential.status.StatusListToken;
import org.consentlab.labs.LabFormatException;
import org.consentlab.labs.LabParser;

/**
 * Coverage-guided fuzzing of everything that parses what a learner or a network peer sends. Each
 * target may only reject its input with its own typed error, within 1 second and 64 MB of
 * allocation. {@code ./mvnw verify} replays the committed inputs under
 * {@code src/test/resources/org/consentlab/fuzz/ParserFuzzTestsInputs}; {@code bench/fuzz.sh} fuzzes
 * each target for a set time.
 */
class ParserFuzzTests {

	/** How long {@code bench/fuzz.sh} fuzzes each target; a replay under {@code verify} ignores it. */
	static final String FUZZ_TIME = "2m";

	private static final Duration MAX_TIME = Duration.ofSeconds(1);

	private static final long MAX_ALLOCATION = 64L * 1024 * 1024;

	private static final com.sun.management.ThreadMXBean THREADS =
			(com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

	@FuzzTest(maxDuration = FUZZ_TIME)
	void sdJwtCompact(byte[] input) {
		bounded("sdJwtCompact", input, text -> rejectOnlyTyped(() -> SdJwt.parse(text, ParseLimits.DEFAULT)));
	}

	@FuzzTest(maxDuration = FUZZ_TIME)
	void sdJwtJson(byte[] input) {
		bounded("sdJwtJson", input, text -> rejectOnlyTyped(() -> SdJwtJson.parse(text, ParseLimits.DEFAULT)));
	}

	@FuzzTest(maxDuration = FUZZ_TIME)
	void strictJson(byte[] input) {
		bounded(
				"strictJson",
				input,
				text -> rejectOnlyTyped(() -> Json.parseObject(text, 16, VerificationErrorCode.MALFORMED_SD_JWT)));
	}

	@FuzzTest(maxDuration = FUZZ_TIME)
	void statusListToken(byte[] input) {
		bounded("statusListToken", input, text -> rejectOnlyTyped(() -> StatusListToken.parse(text, 16, 1 << 20)));
	}

	@FuzzTest(maxDuration = FUZZ_TIME)
	void statusList(FuzzedDataProvider data) {
		int bits = data.pickValue(new int[] {1, 2, 4, 8});
		String lst = data.consumeRemainingAsString();
		bounded(
				"statusList",
				lst.getBytes(StandardCharsets.UTF_8),
				text -> rejectOnlyTyped(() -> StatusList.decode(bits, text, 1 << 20)));
	}

	@FuzzTest(maxDuration = FUZZ_TIME)
	void credentialOffer(byte[] input) {
		bounded("credentialOffer", input, text -> rejectOnlyTypedMessage(() -> CredentialOffer.parse(text)));
	}

	@FuzzTest(maxDuration = FUZZ_TIME)
	void credentialRequest(byte[] input) {
		bounded("credentialRequest", input, text -> rejectOnlyTypedMessage(() -> CredentialRequest.parse(text)));
	}

	@FuzzTest(maxDuration = FUZZ_TIME)
	void dcqlQuery(byte[] input) {
		bounded("dcqlQuery", input, text -> rejectOnlyTypedMessage(() -> DcqlQuery.parse(text)));
	}

	@FuzzTest(maxDuration = FUZZ_TIME)
	void vpToken(byte[] input) {
		bounded("vpToken", input, text -> rejectOnlyTypedMessage(() -> VpToken.parse(text)));
	}

	@FuzzTest(maxDuration = FUZZ_TIME)
	void authorizationRequest(FuzzedDataProvider data) {
		Map<String, String> parameters = new java.util.HashMap<>();
		for (String name : new String[] {
			"client_id",
			"response_type",
			"response_mode",
			"response_uri",
			"nonce",
			"state",
			"dcql_query",
			"client_metadata"
		}) {
			if (data.consumeBoolean()) {
				parameters.put(name, data.consumeString(2048));
			}
		}
		bounded(
				"authorizationRequest",
				new byte[0],
				text -> rejectOnlyTypedMessage(() -> AuthorizationRequest.parse(parameters)));
	}

	@FuzzTest(maxDuration = FUZZ_TIME)
	void labFrontMatter(byte[] input) {
		LabParser parser = new LabParser();
		bounded("labFrontMatter", input, text -> {
			try {
				parser.parse("fuzz/lab.md", text);
			} catch (LabFormatException expected) {
				assertThat(expected.getMessage()).startsWith("fuzz/lab.md: ");
			}
		});
	}

	private static Map<String, String> pairs(String... namesAndValues) {
		Map<String, String> map = new java.util.HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return Map.copyOf(map);
	}

	private static void rejectOnlyTypedMessage(Runnable parse) {
		try {
			parse.run();
		} catch (MalformedMessageException expected) {
			assertThat(expected.error()).isNotNull();
		}
	}

	private static void rejectOnlyTyped(Runnable parse) {
		try {
			parse.run();
		} catch (MalformedCredentialException expected) {
			assertThat(expected.code()).isNotNull();
		}
	}

	/** Targets whose classes are loaded and initialised, by name. */
	private static final Set<String> WARM = ConcurrentHashMap.newKeySet();

	/** A well-formed input per target, parsed once before any input of that target is measured. */
	private static final Map<String, String> SAMPLES = pairs(
			"sdJwtCompact", "eyJhbGciOiJFUzI1NiJ9.e30.AAAA~WyJzIiwiYSIsMV0~",
			"sdJwtJson",
					"{\"payload\":\"e30\",\"protected\":\"eyJhbGciOiJFUzI1NiJ9\",\"signature\":\"AAAA\","
							+ "\"header\":{\"disclosures\":[\"WyJzIiwiYSIsMV0\"]}}",
			"strictJson", "{\"a\":[1,2.5e3,true,null,\"\\u00e9\"],\"b\":{}}",
			"statusListToken", "eyJhbGciOiJFUzI1NiIsInR5cCI6InN0YXR1c2xpc3Qrand0In0.e30.AAAA",
			"statusList", "eNrbuRgAAhcBXQ",
			"credentialOffer",
					"{\"credential_issuer\":\"https://i.example\",\"credential_configuration_ids\":[\"pid\"],"
							+ "\"grants\":{\"urn:ietf:params:oauth:grant-type:pre-authorized_code\":{\"pre-authorized_code\":\"c\"}}}",
			"credentialRequest", "{\"credential_configuration_id\":\"pid\",\"proofs\":{\"jwt\":[\"a.b.c\"]}}",
			"dcqlQuery",
					"{\"credentials\":[{\"id\":\"q\",\"format\":\"dc+sd-jwt\",\"claims\":[{\"path\":[\"a\",0,null]}]}]}",
			"vpToken", "{\"q\":[\"a.b.c~\"]}",
			"authorizationRequest", "",
			"labFrontMatter",
					"---\nid: L99\ntitle: T\nworld: both\nminutes: 5\nobjectives: [o]\ntasks:\n"
							+ "  - id: L99.a\n    prompt: P [x](/x)\n    answer: none\n    hints: [h]\n---\n\n## Step\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");

	/**
	 * Runs one parse, then fails if it took more than a second of this thread's CPU time or allocated
	 * more than 64 MB. CPU time, not wall time, so a busy machine cannot fail it; and each target
	 * first parses its sample, so loading classes is not taken for a slow parser.
	 */
	private static void bounded(String target, byte[] input, Consumer<String> parse) {
		if (WARM.add(target)) {
			parse.accept(SAMPLES.get(target));
		}
		String text = new String(input, StandardCharsets.UTF_8);
		long thread = Thread.currentThread().getId();
		long allocatedBefore = THREADS.getThreadAllocatedBytes(thread);
		long start = THREADS.getCurrentThreadCpuTime();
		parse.accept(text);
		Duration took = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start);
		long allocated = THREADS.getThreadAllocatedBytes(thread) - allocatedBefore;
		assertThat(took).as("CPU time to parse %d bytes", input.length).isLessThan(MAX_TIME);
		assertThat(allocated)
				.as("bytes allocated for %d bytes of input", input.length)
				.isLessThan(MAX_ALLOCATION);
	}
}
