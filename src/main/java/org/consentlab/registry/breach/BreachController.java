package org.consentlab.registry.breach;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.biometrics.Seeds;
import org.consentlab.biometrics.face.FaceEmbeddings;
import org.consentlab.population.Person;
import org.consentlab.population.Population;
import org.consentlab.registry.RegistryRoutes;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.registry.WorldNames;
import org.consentlab.web.BadInputException;
import org.consentlab.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Lab L5: an insider's dump of the Registry (a CSV file with names, passports, addresses and the
 * templates themselves), and a face gate that a leaked template opens. Re-enrolling the victim
 * captures the same face again, so the leaked template keeps matching.
 */
@Controller
class BreachController {

	static final int DUMPED = 50;

	private final CurrentAccount current;

	private final RegistryWorld world;

	private final BiometricGate gate;

	private final WorldNames names;

	BreachController(CurrentAccount current, RegistryWorld world, BiometricGate gate, WorldNames names) {
		this.current = current;
		this.world = world;
		this.gate = gate;
		this.names = names;
	}

	@GetMapping(RegistryRoutes.BREACH)
	String page(Model model) {
		Account me = current.require();
		Person victim = world.population().person(world.targetOf(me));
		model.addAttribute("victim", victim);
		model.addAttribute("threshold", BiometricGate.THRESHOLD);
		model.addAttribute(
				"reenrolled",
				String.format(
						Locale.ROOT,
						"%.2f",
						FaceEmbeddings.cosine(gate.recapture(victim.id()), gate.enrolled(victim.id()))));
		model.addAttribute("passages", gate.log(me.id()));
		return "registry/breach";
	}

	@GetMapping(RegistryRoutes.BREACH + "/dump.csv")
	ResponseEntity<String> dump(Locale locale) {
		Account me = current.require();
		Population people = world.population();
		int victim = world.targetOf(me);
		SplittableRandom random = Seeds.random(me.seed(), 0xD0A9L);
		List<DumpColumns.Column> columns = DumpColumns.of(me.seed());
		StringBuilder csv = new StringBuilder("person_id,name");
		columns.forEach(column -> csv.append(',').append(column.name()));
		csv.append('\n');
		for (int i = 0; i < DUMPED; i++) {
			int id = i == DUMPED / 2 ? victim : random.nextInt(people.size());
			Person p = people.person(id);
			csv.append(id).append(',').append(quote(p.fullName()));
			for (DumpColumns.Column column : columns) {
				csv.append(',')
						.append(
								switch (column.category()) {
									case PASSPORT -> p.passport().number();
									case ADDRESS -> quote(names.address(p.address(), locale));
									case EMPLOYER ->
										quote(p.employer()
												.map(e -> names.employer(e, locale))
												.orElse(""));
									case FACE -> template(gate.enrolled(id));
									case FINGERPRINTS ->
										Long.toHexString(
												Seeds.derive(people.biometricSeed(), 0xF1L, id, column.index()));
									case VOICE -> Long.toHexString(Seeds.derive(people.biometricSeed(), 0x701CEL, id));
									case DNA -> quote(world.biometrics().dna(id).serialize());
									default -> "";
								});
			}
			csv.append('\n');
		}
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"registry-dump.csv\"")
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.body(csv.toString());
	}

	@PostMapping(RegistryRoutes.GATE)
	String present(@RequestParam String passport, @RequestParam String template) {
		Account me = current.require();
		String number = passport.trim().toUpperCase(Locale.ROOT);
		if (!number.matches("[A-Z0-9]{1,9}")) {
			throw new BadInputException("passport", "registry.bad.passport");
		}
		int person = world.personByPassport(number)
				.orElseThrow(() -> new NotFoundException("registry.notfound.passport", number));
		gate.attempt(me.id(), person, parse(faceOf(template)));
		return "redirect:" + RegistryRoutes.BREACH + "#gate-log";
	}

	/**
	 * The face template in what the learner pasted: the template itself, or the victim's whole row
	 * of the dump, so nobody has to cut 512 numbers out of a line of a spreadsheet by hand.
	 */
	static String faceOf(String pasted) {
		String text = pasted.strip();
		if (text.indexOf(',') < 0) {
			return text;
		}
		// Each learner's dump has its own columns, so the face is found by its shape, not its place.
		List<String> fields = csvFields(text);
		if (fields.size() < 4) {
			throw new BadInputException("template", "registry.bad.probe");
		}
		return fields.stream()
				.filter(field -> field.strip().split("\\s+").length == FaceEmbeddings.DIMENSIONS)
				.findFirst()
				.orElseThrow(() -> new BadInputException("template", "registry.bad.probe"));
	}

	/** The fields of one CSV row as the dump writes it: commas, and double quotes around text. */
	static List<String> csvFields(String row) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < row.length(); i++) {
			char c = row.charAt(i);
			if (quoted && c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
				field.append('"');
				i++;
			} else if (c == '"') {
				quoted = !quoted;
			} else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			} else if (c != '\n' && c != '\r') {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	/** A face template as the dump writes it: 512 numbers separated by spaces. */
	static float[] parse(String text) {
		String[] parts = text.trim().split("[\\s;]+");
		if (parts.length != FaceEmbeddings.DIMENSIONS) {
			throw new BadInputException("template", "registry.bad.probe");
		}
		float[] values = new float[parts.length];
		for (int i = 0; i < parts.length; i++) {
			try {
				values[i] = Float.parseFloat(parts[i]);
			} catch (NumberFormatException e) {
				throw new BadInputException("template", "registry.bad.probe");
			}
			if (!Float.isFinite(values[i]) || Math.abs(values[i]) > 1) {
				throw new BadInputException("template", "registry.bad.probe");
			}
		}
		return values;
	}

	private static String template(float[] face) {
		StringBuilder out = new StringBuilder();
		for (float v : face) {
			out.append(out.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.6f", v));
		}
		return out.toString();
	}

	private static String quote(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}
}
