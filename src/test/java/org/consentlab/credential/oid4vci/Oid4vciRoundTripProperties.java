package org.consentlab.credential.oid4vci;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.consentlab.credential.oauth.MalformedMessageException;

/** Every OpenID4VCI message reads back what it wrote, and arbitrary text gives only the typed error. */
class Oid4vciRoundTripProperties {

	@Property(tries = 200)
	void offerWhenWrittenThenReadsBackEqual(@ForAll("offers") CredentialOffer offer) {
		assertThat(CredentialOffer.parse(offer.toJson())).isEqualTo(offer);
	}

	@Property(tries = 100)
	void messagesWhenWrittenThenReadBackEqual(
			@ForAll("texts") String a, @ForAll("texts") String b, @ForAll("ids") List<String> proofs) {
		TokenRequest token = new TokenRequest(a, b);
		assertThat(TokenRequest.parse(formOf(token))).isEqualTo(token);
		TokenResponse response = new TokenResponse(a, 600);
		assertThat(TokenResponse.parse(response.toJson())).isEqualTo(response);
		NonceResponse nonce = new NonceResponse(b);
		assertThat(NonceResponse.parse(nonce.toJson())).isEqualTo(nonce);
		CredentialRequest request = new CredentialRequest(a, proofs);
		assertThat(CredentialRequest.parse(request.toJson())).isEqualTo(request);
		CredentialResponse issued = new CredentialResponse(proofs);
		assertThat(CredentialResponse.parse(issued.toJson())).isEqualTo(issued);
		CredentialIssuerMetadata metadata = new CredentialIssuerMetadata(
				"https://i.example/" + a,
				"https://i.example/c",
				"https://i.example/n",
				proofs.size() + 1,
				Map.of(
						b,
						new CredentialConfiguration(
								"dc+sd-jwt", a, List.of("jwk"), List.of("ES256"), List.of("ES256"))));
		assertThat(CredentialIssuerMetadata.parse(metadata.toJson())).isEqualTo(metadata);
		AuthorizationServerMetadata server = new AuthorizationServerMetadata(a, b, proofs, true);
		assertThat(AuthorizationServerMetadata.parse(server.toJson())).isEqualTo(server);
	}

	@Property(tries = 300)
	void parseWhenArbitraryTextThenOnlyTheTypedError(@ForAll("jsonLike") String text) {
		for (Runnable parse : List.<Runnable>of(
				() -> CredentialOffer.parse(text),
				() -> CredentialRequest.parse(text),
				() -> CredentialResponse.parse(text),
				() -> CredentialIssuerMetadata.parse(text),
				() -> TokenResponse.parse(text))) {
			try {
				parse.run();
			} catch (MalformedMessageException ex) {
				assertThat(ex.error()).isNotNull();
			}
		}
	}

	private static Map<String, String> formOf(TokenRequest request) {
		return request.toParameters();
	}

	@Provide
	Arbitrary<String> texts() {
		return Arbitraries.strings().ofMinLength(1).ofMaxLength(40).excludeChars('\u0000');
	}

	@Provide
	Arbitrary<List<String>> ids() {
		return Arbitraries.strings()
				.alpha()
				.numeric()
				.withChars("._-~")
				.ofMinLength(1)
				.ofMaxLength(30)
				.list()
				.ofMinSize(1)
				.ofMaxSize(CredentialRequest.MAX_PROOFS);
	}

	@Provide
	Arbitrary<CredentialOffer> offers() {
		Arbitrary<String> host =
				Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
		Arbitrary<TxCode> txCode = Combinators.combine(
						Arbitraries.of(Oid4vci.INPUT_MODE_NUMERIC, Oid4vci.INPUT_MODE_TEXT),
						Arbitraries.integers().between(1, TxCode.MAX_LENGTH).injectNull(0.3),
						Arbitraries.strings()
								.ofMaxLength(80)
								.filter(s -> !s.isEmpty())
								.injectNull(0.3))
				.as(TxCode::new);
		return Combinators.combine(host, ids(), texts(), txCode.injectNull(0.3))
				.as((h, ids, code, tx) -> new CredentialOffer("https://" + h + ".example/issuers/x", ids, code, tx));
	}

	@Provide
	Arbitrary<String> jsonLike() {
		return Arbitraries.strings()
				.withChars("{}[]\":, 0123456789.-truefalsn\\credntial_sugpoofjwt".toCharArray())
				.ofMaxLength(200);
	}
}
