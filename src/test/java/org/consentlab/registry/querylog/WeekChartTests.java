package org.consentlab.registry.querylog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.consentlab.registry.Agency;
import org.junit.jupiter.api.Test;

/** The L2 week chart on its own: the same marks draw the same picture, and place names are escaped. */
class WeekChartTests {

	@Test
	void chartWhenSamePlacesThenSameSpotsAndTextIsEscaped() {
		List<WeekChart.Mark> marks = List.of(
				new WeekChart.Mark(Agency.HOTEL, "Hotel <Aurora> & \"Sons\"", LocalDateTime.of(2026, 3, 2, 19, 5)),
				new WeekChart.Mark(Agency.METRO_CAMERA, "Metro Riverside, gate 2", LocalDateTime.of(2026, 3, 3, 7, 40)),
				new WeekChart.Mark(
						Agency.METRO_CAMERA, "Metro Riverside, gate 5", LocalDateTime.of(2026, 3, 4, 7, 10)));
		WeekChart.Labels labels = new WeekChart.Labels("t", "d", "when", "where");
		String one = WeekChart.svg("w", marks, LocalDate.of(2026, 3, 2), Locale.ENGLISH, labels);
		String two = WeekChart.svg("w", marks, LocalDate.of(2026, 3, 2), Locale.ENGLISH, labels);
		assertThat(one)
				.isEqualTo(two)
				.contains("Hotel &lt;Aurora&gt; &amp; &quot;Sons&quot;")
				.doesNotContain("<Aurora>");
		assertThat(count(Pattern.compile(">Metro Riverside</text>"), one)).isEqualTo(1);
		assertThat(WeekChart.legend(marks).keySet()).containsExactly("METRO_CAMERA", "HOTEL");
		assertThat(Set.of(WeekChart.agencyClass(Agency.METRO_CAMERA))).containsExactly("agency-metro-camera");
	}

	private static long count(Pattern pattern, String text) {
		return pattern.matcher(text).results().count();
	}
}
