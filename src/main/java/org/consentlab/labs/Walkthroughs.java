package org.consentlab.labs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Each lab's solution walkthrough for instructors, from {@code labs/<folder>/walkthrough.md}: one
 * section per task, headed by the task id, saying in words what the solver test does. A content
 * test keeps a section for every task, so a new task cannot ship without one.
 */
@Component
public class Walkthroughs {

	private static final Pattern TITLE = Pattern.compile("\\A# Walkthrough: (L\\d{1,2})\\s");

	private final Map<String, String> byLab;

	Walkthroughs() {
		this("classpath*:labs/*/walkthrough.md");
	}

	Walkthroughs(String pattern) {
		Map<String, String> found = new HashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				Matcher title = TITLE.matcher(text);
				if (!title.find()) {
					throw new LabFormatException(resource.getDescription(), "must start with '# Walkthrough: L<n>'");
				}
				found.put(title.group(1), text);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		this.byLab = Map.copyOf(found);
	}

	/** The walkthrough's Markdown for a lab, if it has one. */
	public Optional<String> of(String labId) {
		return Optional.ofNullable(byLab.get(labId));
	}
}
