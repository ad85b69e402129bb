package org.consentlab.labs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.consentlab.support.Eventually;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;

/** L7, L8 and L11: each solver reads the learner's own pages and uses the wallet, as a student would. */
final class WalletSolvers {

	private static final Pattern CREDENTIAL_LINK = Pattern.compile("<h3><a href=\"(/wallet/credentials/\\d+)\"");

	private static final Pattern DISCLOSURE_ROW = Pattern.compile(
			"<tr data-claim=\"([^\"]*)\">\\s*<th scope=\"row\"><code>[^<]*</code></th>\\s*<td><code class=\"disclosure\">([^<]+)</code>");

	private static final Pattern EXERCISE = Pattern.compile("id=\"exercise-index\">(\\d+)<");

	private static final Pattern LST = Pattern.compile("\"lst\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");

	private static final Pattern BUILT_JSON = Pattern.compile("<code>(\\[&quot;[^<]*\\])</code>");

	private WalletSolvers() {}

	/** The JSON array the L7 prompt gives this learner to build a disclosure from. */
	static String builtJson(WebClient learner) {
		Matcher json = BUILT_JSON.matcher(learner.get("/labs/L7").body());
		if (!json.find()) {
			throw new AssertionError("no disclosure to build in the L7 prompt");
		}
		return json.group(1).replace("&quot;", "\"");
	}

	private static String base64url(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static final Map<String, TaskSolver> ALL =
			Map.of(
					"L7.receive", TaskSolvers.byDoing(learner -> new WalletDriver(learner).receivePid()),
					"L7.disclosures",
							TaskSolvers.numeric(learner -> {
								Matcher rows = DISCLOSURE_ROW.matcher(newestCredentialPage(learner));
								int count = 0;
								while (rows.find()) {
									count++;
								}
								return count;
							}),
					"L7.birthdate-digest",
							new TaskSolver() {
								@Override
								public String wrong(WebClient learner) {
									return digest(disclosure(learner, "given_name"));
								}

								@Override
								public String right(WebClient learner) {
									return digest(disclosure(learner, "birthdate"));
								}
							},
					"L7.built-digest",
							new TaskSolver() {
								@Override
								public String wrong(WebClient learner) {
									return digest(builtJson(learner));
								}

								@Override
								public String right(WebClient learner) {
									return digest(base64url(builtJson(learner).getBytes(StandardCharsets.UTF_8)));
								}
							},
					"L8.bar", minimal("bar"),
					"L8.employer", withWorkPermit(minimal("employer")),
					"L8.bank", minimal("bank"),
					"L11.rejected",
							TaskSolvers.byDoing(learner -> {
								WalletDriver wallet = new WalletDriver(learner);
								wallet.receive("/issuers/migration", "offer-link");
								wallet.receiveWorkPermit();
								learner.get("/issuers/migration");
								learner.post("/issuers/migration/revoke");
								// until the employer's cached status list (ttl) runs out and it refuses
								Eventually.until(
										"the employer to refuse the revoked work permit",
										() -> wallet.answer(wallet.openRequest("employer"), "share")
												.body(),
										page -> page.contains("data-outcome=\"REFUSED\""));
							}),
					"L11.status-byte",
							TaskSolvers.numeric(learner -> {
								Matcher index = EXERCISE.matcher(
										learner.get("/issuers/migration").body());
								if (!index.find()) {
									throw new AssertionError("no exercise index on the issuer's page");
								}
								return statusBytes(learner.get("/issuers/migration/status")
												.body())[Integer.parseInt(index.group(1)) / 4]
										& 0xFF;
							}),
					"L8.landlord",
							TaskSolvers.byDoing(learner -> {
								WalletDriver wallet = new WalletDriver(learner);
								wallet.answer(wallet.openRequest("landlord"), "decline");
							}));

	/** The employer asks for the work permit: get it from the migration service first. */
	private static TaskSolver withWorkPermit(TaskSolver solver) {
		return new TaskSolver() {
			@Override
			public void prepare(WebClient learner) {
				new WalletDriver(learner).receiveWorkPermit();
				solver.prepare(learner);
			}

			@Override
			public String wrong(WebClient learner) {
				return solver.wrong(learner);
			}

			@Override
			public String right(WebClient learner) {
				return solver.right(learner);
			}
		};
	}

	/** Before prepare: the verifier learned more than needed (optional claims kept), so the check fails; then share the minimum. */
	private static TaskSolver minimal(String verifierId) {
		return new TaskSolver() {
			@Override
			public void prepare(WebClient learner) {
				WalletDriver wallet = new WalletDriver(learner);
				String consent = wallet.openRequest(verifierId);
				wallet.answer(
						consent, "share", WalletDriver.optionalClaims(consent).toArray(String[]::new));
			}

			@Override
			public String wrong(WebClient learner) {
				return "";
			}

			@Override
			public String right(WebClient learner) {
				WalletDriver wallet = new WalletDriver(learner);
				wallet.answer(wallet.openRequest(verifierId), "share");
				return "";
			}
		};
	}

	private static String newestCredentialPage(WebClient learner) {
		Matcher link = CREDENTIAL_LINK.matcher(learner.get("/wallet").body());
		if (!link.find()) {
			throw new AssertionError("no credential in the wallet");
		}
		return learner.get(link.group(1)).body();
	}

	private static String disclosure(WebClient learner, String claim) {
		Matcher rows = DISCLOSURE_ROW.matcher(newestCredentialPage(learner));
		while (rows.find()) {
			if (rows.group(1).equals(claim)) {
				return rows.group(2);
			}
		}
		throw new AssertionError("no disclosure of " + claim);
	}

	/** Decodes a Status List Token by hand: payload from base64url, lst from base64url, then zlib inflate. */
	private static byte[] statusBytes(String token) {
		String payload =
				new String(Base64.getUrlDecoder().decode(token.trim().split("\\.")[1]), StandardCharsets.UTF_8);
		Matcher lst = LST.matcher(payload);
		if (!lst.find()) {
			throw new AssertionError("no lst in " + payload);
		}
		Inflater inflater = new Inflater();
		inflater.setInput(Base64.getUrlDecoder().decode(lst.group(1)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[4096];
		try {
			while (!inflater.finished()) {
				int n = inflater.inflate(buffer);
				if (n == 0 && inflater.needsInput()) {
					break;
				}
				out.write(buffer, 0, n);
			}
		} catch (DataFormatException ex) {
			throw new AssertionError(ex);
		}
		return out.toByteArray();
	}

	private static String digest(String disclosure) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(disclosure.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
		} catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
