package org.consentlab.registry.identification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.biometrics.face.DemographicDifferential;
import org.consentlab.biometrics.identification.RateCurve;
import org.consentlab.registry.RegistryRoutes;
import org.consentlab.web.BadInputException;
import org.consentlab.web.TypedNumbers;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Lab L3's page and the JSON its charts draw: FPIR and FNIR against the threshold at one gallery
 * size, and FPIR against the gallery size at one threshold, simulated next to the base-rate
 * formula 1 − (1 − FMR)^N (the course's Sources & methods page, {@code /sources#base-rate}). The
 * growth JSON names the number of searches behind each point and the band in which 95 % of such
 * samples land around the formula (1.96 binomial standard errors).
 */
@Controller
class IdentificationController {

	static final long[] SIZES = {1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000};

	private final CurrentAccount current;

	private final Identification identification;

	private final IdentificationScans scans;

	private final MessageSource messages;

	IdentificationController(
			CurrentAccount current, Identification identification, IdentificationScans scans, MessageSource messages) {
		this.current = current;
		this.identification = identification;
		this.scans = scans;
		this.messages = messages;
	}

	@GetMapping(RegistryRoutes.IDENTIFICATION)
	String page(
			@RequestParam(defaultValue = "IRIS") String modality,
			@RequestParam(defaultValue = "1000000") String gallery,
			@RequestParam(defaultValue = "NONE") String group,
			Model model,
			Locale locale) {
		Account me = current.require();
		Identification.Modality m = modality(modality);
		long n = gallery(gallery);
		model.addAttribute("modality", m);
		model.addAttribute("group", group(group));
		model.addAttribute("groups", DemographicDifferential.values());
		model.addAttribute("gallery", n);
		model.addAttribute("sizes", SIZES);
		model.addAttribute("irisFmr032", 1 / Identification.falseMatchRate(Identification.Modality.IRIS, 0.32));
		model.addAttribute("irisFmr030", 1 / Identification.falseMatchRate(Identification.Modality.IRIS, 0.30));
		model.addAttribute("scanSizes", IdentificationScans.OFFERED);
		ScanView scan = scans.latest(me).orElse(null);
		model.addAttribute("scan", scan);
		if (scan != null) {
			model.addAttribute("scanLabel", messages.getMessage(scan.labelKey(), scan.labelArgs(), locale));
		}
		return "registry/identification";
	}

	@GetMapping(value = RegistryRoutes.IDENTIFICATION + "/curve", produces = "application/json")
	@ResponseBody
	Map<String, Object> curve(
			@RequestParam String modality,
			@RequestParam String gallery,
			@RequestParam(defaultValue = "NONE") String group) {
		Identification.Modality m = modality(modality);
		long n = gallery(gallery);
		RateCurve curve = identification.curve(current.require().seed(), m, n, group(group));
		List<Double> fpir = new ArrayList<>();
		List<Double> fnir = new ArrayList<>();
		List<Double> analytic = new ArrayList<>();
		double[] thresholds = m.thresholds();
		for (RateCurve.Point p : curve.at(thresholds)) {
			fpir.add(p.fpir());
			fnir.add(p.fnir());
			analytic.add(p.analyticFpir());
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("modality", m.name());
		body.put("gallery", n);
		body.put("thresholds", thresholds);
		body.put("fpir", fpir);
		body.put("fnir", fnir);
		body.put("analyticFpir", analytic);
		body.put("searches", curve.nonMatedSearches());
		body.put("matedSearches", curve.matedSearches());
		return body;
	}

	@GetMapping(value = RegistryRoutes.IDENTIFICATION + "/growth", produces = "application/json")
	@ResponseBody
	Map<String, Object> growth(
			@RequestParam String modality,
			@RequestParam String threshold,
			@RequestParam(defaultValue = "NONE") String group) {
		Identification.Modality m = modality(modality);
		DemographicDifferential g = group(group);
		double t = threshold(threshold);
		long seed = current.require().seed();
		List<Double> fpir = new ArrayList<>();
		List<Double> analytic = new ArrayList<>();
		List<Double> low = new ArrayList<>();
		List<Double> high = new ArrayList<>();
		int searches = 0;
		for (long n : SIZES) {
			RateCurve curve = identification.curve(seed, m, n, g);
			searches = curve.nonMatedSearches();
			double p = curve.analyticFpir(t);
			double e = 1.96 * Math.sqrt(p * (1 - p) / searches);
			fpir.add(curve.fpir(t));
			analytic.add(p);
			low.add(Math.max(0, p - e));
			high.add(Math.min(1, p + e));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("threshold", t);
		body.put("sizes", SIZES);
		body.put("searches", searches);
		body.put("fpir", fpir);
		body.put("analyticFpir", analytic);
		body.put("bandLow", low);
		body.put("bandHigh", high);
		return body;
	}

	/** A demographic group of lab L3's toggle; an unknown name is bad input, not a 500. */
	static DemographicDifferential group(String value) {
		try {
			return DemographicDifferential.valueOf(value.trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new BadInputException("group", "registry.bad.choice");
		}
	}

	static Identification.Modality modality(String value) {
		try {
			return Identification.Modality.valueOf(value.trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new BadInputException("modality", "registry.bad.choice");
		}
	}

	private static long gallery(String value) {
		long n = TypedNumbers.whole(value).orElseThrow(() -> new BadInputException("gallery", "registry.bad.gallery"));
		if (n < 1 || n > Identification.MAX_GALLERY) {
			throw new BadInputException("gallery", "registry.bad.gallery");
		}
		return n;
	}

	private static double threshold(String value) {
		double t = TypedNumbers.decimal(value)
				.orElseThrow(() -> new BadInputException("threshold", "registry.bad.threshold"));
		if (!(t >= 0 && t <= 1)) {
			throw new BadInputException("threshold", "registry.bad.threshold");
		}
		return t;
	}
}
