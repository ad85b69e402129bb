package org.consentlab.registry.identification;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.registry.RegistryRoutes;
import org.consentlab.web.BadInputException;
import org.consentlab.web.TypedNumbers;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Lab L3's real 1:N scan: start one (a form post), follow it (JSON the page's script polls, or the
 * page itself on reload) and cancel it (a form post). Every scan belongs to one learner: another
 * learner's scan id answers "not found".
 */
@Controller
class ScanController {

	static final String SCANS = RegistryRoutes.IDENTIFICATION + "/scans";

	private static final String BACK = "redirect:" + RegistryRoutes.IDENTIFICATION + "#scan";

	private final CurrentAccount current;

	private final IdentificationScans scans;

	private final MessageSource messages;

	ScanController(CurrentAccount current, IdentificationScans scans, MessageSource messages) {
		this.current = current;
		this.scans = scans;
		this.messages = messages;
	}

	@PostMapping(SCANS)
	String start(
			@RequestParam String modality,
			@RequestParam String gallery,
			@RequestParam String threshold,
			@RequestParam(defaultValue = "CAPTURE") String probe) {
		Account me = current.require();
		Identification.Modality m = IdentificationController.modality(modality);
		scans.start(me, new ScanJob.Request(m, gallery(m, gallery), threshold(m, threshold), probe(probe)));
		return BACK;
	}

	@GetMapping(value = SCANS + "/{id}", produces = "application/json")
	@ResponseBody
	Map<String, Object> status(@PathVariable String id, Locale locale) {
		ScanView view = scans.find(current.require(), id);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", view.id());
		body.put("state", view.state().name());
		body.put("finished", view.finished());
		body.put("percent", view.percent());
		body.put("done", view.done());
		body.put("total", view.total());
		body.put("position", view.position());
		body.put("waiting", view.waiting());
		body.put("label", messages.getMessage(view.labelKey(), view.labelArgs(), locale));
		return body;
	}

	@PostMapping(SCANS + "/{id}/cancel")
	String cancel(@PathVariable String id) {
		scans.cancel(current.require(), id);
		return BACK;
	}

	/** One of the offered sizes for the modality, written with or without thousands separators. */
	private static int gallery(Identification.Modality modality, String value) {
		String key = modality == Identification.Modality.IRIS
				? "registry.scan.bad.gallery"
				: "registry.scan.bad.gallery.face";
		OptionalLong typed = TypedNumbers.whole(value.replace(".", ""));
		if (typed.isEmpty() || typed.getAsLong() < 0 || typed.getAsLong() > 999_999_999) {
			throw new BadInputException("gallery", key);
		}
		int n = (int) typed.getAsLong();
		if (!IdentificationScans.offered(modality).contains(n)) {
			throw new BadInputException("gallery", key);
		}
		return n;
	}

	/** Iris: a distance from 0.20 to 0.36; face: a similarity from 0.25 to 0.60 (looser ones flood the list). */
	private static double threshold(Identification.Modality modality, String value) {
		boolean iris = modality == Identification.Modality.IRIS;
		String key = iris ? "registry.scan.bad.threshold.iris" : "registry.scan.bad.threshold.face";
		double t = TypedNumbers.decimal(value).orElseThrow(() -> new BadInputException("threshold", key));
		double from = iris ? 0.20 : 0.25;
		double to = iris ? 0.36 : 0.60;
		if (!(t >= from - 1e-9 && t <= to + 1e-9)) {
			throw new BadInputException("threshold", key);
		}
		return Math.round(t * 10_000) / 10_000.0;
	}

	private static ScanJob.Probe probe(String value) {
		try {
			return ScanJob.Probe.valueOf(value.trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new BadInputException("probe", "registry.bad.choice");
		}
	}
}
