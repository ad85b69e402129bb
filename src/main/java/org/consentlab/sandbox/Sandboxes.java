package org.consentlab.sandbox;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every {@link SandboxPart} of every world, by id. A reset arrives here with the names of the parts
 * to clear and fans out to them in one transaction, so a learner never sees half a reset.
 */
@Service
public class Sandboxes {

	private static final Pattern ID = Pattern.compile("[a-z]+\\.[a-z][a-z-]*");

	private final Map<String, SandboxPart> parts = new TreeMap<>();

	Sandboxes(List<SandboxPart> parts) {
		// Every persona is a person of the shared population: generate it while the app starts, not
		// inside the first request that needs a persona (an issuer's credential endpoint, say).
		Persona.population();
		for (SandboxPart part : parts) {
			if (!ID.matcher(part.id()).matches()) {
				throw new IllegalStateException("Sandbox part id '" + part.id() + "' of "
						+ part.getClass().getName() + " is not of the form world.name");
			}
			SandboxPart before = this.parts.put(part.id(), part);
			if (before != null) {
				throw new IllegalStateException("Two sandbox parts are called '" + part.id() + "': "
						+ before.getClass().getName() + " and "
						+ part.getClass().getName());
			}
		}
	}

	/** The ids of all parts, sorted. */
	public Set<String> ids() {
		return parts.keySet();
	}

	/** Clears the named parts for one learner; an unknown id is a programming error. */
	@Transactional
	public void clear(long accountId, Collection<String> ids) {
		for (String id : ids) {
			SandboxPart part = parts.get(id);
			if (part == null) {
				throw new IllegalArgumentException("No sandbox part is called '" + id + "'; known: " + ids());
			}
			part.clear(accountId);
		}
	}
}
