package org.consentlab.browser;

import org.consentlab.support.Browser;
import org.openqa.selenium.WebElement;

/** A lab's page as a learner uses it: answer a task, read its feedback. */
final class LabPage {

	private final Browser browser;

	LabPage(Browser browser) {
		this.browser = browser;
	}

	LabPage answer(String taskId, String answer) {
		String task = "[id='" + taskId + "']";
		if (answer != null) {
			WebElement field = browser.find(task + " input[name=answer]");
			field.clear();
			field.sendKeys(answer);
		}
		browser.find(task + " form.answer button").click();
		return this;
	}

	String feedback(String taskId) {
		return browser.find("[id='" + taskId + "'] .feedback").getText();
	}

	boolean passed(String taskId) {
		return browser.find("[id='" + taskId + "']").getAttribute("class").contains("passed");
	}

	/** Counts the rows of the Registry's access table that list fingerprints, as the lab asks. */
	int fingerprintParties() {
		browser.find("nav a[href='/registry']").click();
		browser.assertAccessible();
		return (int) browser.all("table.policy tbody tr").stream().filter(r -> r.getText().contains("fingerprints")).count();
	}

	/** Counts the claims on the wallet's ID card. */
	int idClaims() {
		browser.find("nav a[href='/wallet']").click();
		browser.assertAccessible();
		return browser.all("ul.claims li").size();
	}
}
