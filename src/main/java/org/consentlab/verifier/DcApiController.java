package org.consentlab.verifier;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.consentlab.account.CurrentAccount;
import org.consentlab.credential.jose.Json;
import org.consentlab.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Digital Credentials API transport on a verifier's page (OpenID4VP 1.0 Appendix A): a button
 * starts a transaction whose page holds the signed request; its script hands the request to
 * {@code navigator.credentials.get} and posts the {@code DigitalCredential} it gets back, with the
 * page's CSRF token, to {@link #ANSWER}. The answer is JSON: 200 when verified or declined, else an
 * RFC 9457 problem naming the {@link DcApiRefusal.Reason}.
 */
@Controller
class DcApiController {

	/** Starts a transaction for the browser's wallet (POST). */
	static final String START = "/verifiers/{id}/dc-api";

	/** A DC API transaction: the button, the request, then the verdict. */
	static final String PAGE = "/verifiers/{id}/dc-api/{tx}";

	/** Where the page posts what the browser's wallet answered. */
	static final String ANSWER = "/verifiers/{id}/dc-api/{tx}/answer";

	/** The form fields the page posts: the DigitalCredential's protocol and its data as JSON. */
	static final String PROTOCOL_FIELD = "protocol";

	static final String DATA_FIELD = "data";

	private final CurrentAccount current;

	private final Verifiers verifiers;

	private final VerifierTransactions transactions;

	private final DcApiRequests requests;

	private final MessageSource messages;

	DcApiController(
			CurrentAccount current,
			Verifiers verifiers,
			VerifierTransactions transactions,
			DcApiRequests requests,
			MessageSource messages) {
		this.current = current;
		this.verifiers = verifiers;
		this.transactions = transactions;
		this.requests = requests;
		this.messages = messages;
	}

	/** The start route of a verifier, for its page's form. */
	static String startRoute(String verifierId) {
		return VerifierRoutes.of(START, verifierId);
	}

	static String page(String verifierId, long tx) {
		return VerifierRoutes.of(PAGE, verifierId).replace("{tx}", String.valueOf(tx));
	}

	@PostMapping(START)
	String start(@PathVariable String id) {
		Transaction tx = requests.start(profile(id), current.require().id());
		return "redirect:" + page(id, tx.id());
	}

	@GetMapping(PAGE)
	String page(@PathVariable String id, @PathVariable long tx, Model model) {
		VerifierProfile profile = profile(id);
		Transaction transaction = transaction(id, tx);
		DcApiRequests.Signed request = requests.request(profile, transaction)
				.orElseThrow(() -> new NotFoundException("notfound.transaction", String.valueOf(tx)));
		model.addAttribute("verifier", profile);
		model.addAttribute("tx", transaction);
		model.addAttribute(
				"codes",
				transactions.outcome(transaction.accountId(), tx).orElseThrow().codes());
		model.addAttribute("request", request);
		model.addAttribute("requestPayload", payload(request.requestObject()));
		model.addAttribute("answer", VerifierRoutes.of(ANSWER, id).replace("{tx}", String.valueOf(tx)));
		model.addAttribute("verifierPage", VerifierRoutes.of(VerifierRoutes.PAGE, id));
		model.addAttribute("here", page(id, tx));
		model.addAttribute("protocolField", PROTOCOL_FIELD);
		model.addAttribute("dataField", DATA_FIELD);
		return "verifier/dc-api";
	}

	@PostMapping(path = ANSWER, produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<String> answer(
			@PathVariable String id,
			@PathVariable long tx,
			@RequestHeader(name = HttpHeaders.ORIGIN, required = false) String origin,
			@RequestParam(name = PROTOCOL_FIELD, required = false) String protocol,
			@RequestParam(name = DATA_FIELD, required = false) String data,
			Locale locale) {
		VerifierProfile profile = profile(id);
		Transaction transaction = transactions
				.find(current.require().id(), id, tx)
				.orElseThrow(() -> new DcApiRefusal(DcApiRefusal.Reason.NOT_A_DC_API_REQUEST, "not yours"));
		Transaction.Status status = requests.answer(profile, transaction, origin, protocol, data);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status.name());
		body.put("detail", messages.getMessage("verifier.tx.status." + status.name(), null, locale));
		return ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.contentType(MediaType.APPLICATION_JSON)
				.body(Json.write(body));
	}

	/**
	 * RFC 9457 problem details (§3) with two extension members (§3.2): {@code code}, the reason's
	 * stable name, and {@code section}, the rule it enforces. The detail is the learner's sentence
	 * from the message bundle, never the exception's.
	 */
	@ExceptionHandler(DcApiRefusal.class)
	ResponseEntity<String> refused(DcApiRefusal refusal, Locale locale) {
		DcApiRefusal.Reason reason = refusal.reason();
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", reason.status().getReasonPhrase());
		problem.put("status", reason.status().value());
		problem.put("detail", messages.getMessage(reason.messageKey(), null, locale));
		problem.put("code", reason.name());
		problem.put("section", reason.section());
		return ResponseEntity.status(reason.status())
				.cacheControl(CacheControl.noStore())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Json.write(problem));
	}

	private VerifierProfile profile(String id) {
		return verifiers.find(id).orElseThrow(() -> new NotFoundException("notfound.verifier", id));
	}

	private Transaction transaction(String id, long tx) {
		return transactions
				.find(current.require().id(), id, tx)
				.orElseThrow(() -> new NotFoundException("notfound.transaction", String.valueOf(tx)));
	}

	/** The request object's claims, pretty-printed for the learner to read beside the JWS. */
	private static String payload(String jws) {
		String[] parts = jws.split("\\.");
		String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		return JsonMapper.shared()
				.writerWithDefaultPrettyPrinter()
				.writeValueAsString(JsonMapper.shared().readTree(json));
	}
}
