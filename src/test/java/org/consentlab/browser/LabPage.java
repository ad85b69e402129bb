package org.consentlab.browser;

import org.consentlab.support.Browser;
import org.openqa.selenium.WebElement;

/** A lab's page as a learner uses it: answer a task, read its feedback. Each answer loads a new page. */
final class LabPage {

	private final Browser browser;

	LabPage(Browser browser) {
		this.browser = browser;
	}

	LabPage answer(String taskId, String answer) {
		String task = "[id='" + taskId + "']";
		if (answer != null) {
			WebElement field = browser.find(task + " [name=answer]");
			field.clear();
			field.sendKeys(answer);
		}
		browser.clickAndWaitForNewPage(task + " form.answer button");
		return this;
	}

	String feedback(String taskId) {
		return browser.text("[id='" + taskId + "'] .feedback");
	}

	boolean passed(String taskId) {
		return browser.hasClass("[id='" + taskId + "']", "passed");
	}

	/**
	 * Counts the rows of the Registry's access table that list fingerprints, as the lab asks; the
	 * browser stays on the Registry's page.
	 */
	int fingerprintParties() {
		return fingerprintParties("fingerprints");
	}

	/** The same, with the word for fingerprints in the language the page is shown in. */
	int fingerprintParties(String fingerprints) {
		browser.clickAndWaitForNewPage("nav a[href='/registry']");
		return (int) browser.all("table.policy tbody tr").stream()
				.filter(r -> r.getText().contains(fingerprints))
				.count();
	}

	/** Counts the claims on the wallet's ID card. */
	int idClaims() {
		browser.clickAndWaitForNewPage("nav a[href='/wallet']");
		return browser.count("ul.claims li");
	}
}
