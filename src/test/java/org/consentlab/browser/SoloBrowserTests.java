package org.consentlab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.consentlab.support.Browser;
import org.consentlab.support.RunningApp;
import org.junit.jupiter.api.Test;

/** Solo mode in a real browser: open the app, go from the lab list to L0, pass its tasks. */
class SoloBrowserTests {

	@Test
	void learnerWhenWorkingThroughL0ThenPassesEveryTask() {
		Browser.requireChromium();
		try (RunningApp app = RunningApp.solo();
				Browser browser = Browser.open(app)) {
			browser.go("/");
			assertThat(browser.text("h1")).isEqualTo("Labs");
			browser.clickAndWaitForNewPage("#lab-L0");
			LabPage lab = new LabPage(browser);

			lab.answer("L0.both-worlds", null);
			assertThat(lab.feedback("L0.both-worlds")).contains("Not yet");
			int parties = lab.fingerprintParties();
			browser.assertAccessible();
			int claims = lab.idClaims();
			browser.go("/labs/L0");
			lab.answer("L0.both-worlds", null);
			assertThat(lab.passed("L0.both-worlds")).isTrue();

			lab.answer("L0.fingerprint-parties", String.valueOf(parties + 1));
			assertThat(lab.feedback("L0.fingerprint-parties")).contains("Not quite");
			lab.answer("L0.fingerprint-parties", String.valueOf(parties));
			assertThat(lab.passed("L0.fingerprint-parties")).isTrue();

			browser.clickAndWaitForNewPage("[id='L0.hidden-claims'] .hints button");
			assertThat(browser.text("[id='L0.hidden-claims'] .hint")).contains("Wallet");
			lab.answer("L0.hidden-claims", String.valueOf(claims - 1));
			assertThat(lab.passed("L0.hidden-claims")).isTrue();
			browser.assertAccessible();

			lab.answer(
					"L0.reflection",
					"The registry felt more normal at first, because a passport check at a border is something I have seen many times.");
			assertThat(lab.passed("L0.reflection")).isTrue();

			browser.go("/labs");
			assertThat(browser.text(".lab-card .done")).isEqualTo("4 of 4 done");
		}
	}
}
