package org.consentlab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.consentlab.classroom.Instructors;
import org.consentlab.support.Browser;
import org.consentlab.support.RunningApp;
import org.junit.jupiter.api.Test;

/**
 * Classroom mode in two real browsers: the instructor creates a class; a learner joins with the
 * code and passes an L0 task; the instructor's open dashboard shows it without a reload.
 *
 * <p>The instructor and the learner are this class's own, so it runs on the test JVM's shared
 * classroom app on PostgreSQL.
 */
class ClassroomBrowserTests {

	private static final String PASSWORD = "a long classroom password";

	@Test
	void instructorWhenLearnerPassesATaskThenDashboardUpdatesLive() {
		Browser.requireChromium();
		try (RunningApp app = RunningApp.sharedClassroomOnPostgres();
				Browser teacher = Browser.open(app);
				Browser student = Browser.open(app)) {
			app.bean(Instructors.class).add("ms-ortega", PASSWORD);
			signIn(teacher.go("/login"), "ms-ortega");
			teacher.go("/classes").assertAccessible();
			teacher.find("#name").sendKeys("Period 2");
			teacher.clickAndWaitForNewPage("#create-class");
			String code = teacher.text("#join-code");
			String dashboard = teacher.driver.getCurrentUrl();

			student.go("/join").assertAccessible();
			student.find("#code").sendKeys(code);
			student.find("#username").sendKeys("tomasz");
			student.find("#password").sendKeys(PASSWORD);
			student.clickAndWaitForNewPage("#join");
			signIn(student, "tomasz");
			student.clickAndWaitForNewPage("#lab-L0");

			teacher.go(dashboard.substring(dashboard.indexOf("/classes")));
			teacher.find("#learner-tomasz");
			Object marker = ((org.openqa.selenium.JavascriptExecutor) teacher.driver)
					.executeScript("window.notReloaded = true; return window.notReloaded;");
			assertThat(marker).isEqualTo(true);

			student.clickAndWaitForNewPage("nav a[href='/registry']");
			student.clickAndWaitForNewPage("nav a[href='/wallet']");
			student.go("/labs/L0");
			new LabPage(student).answer("L0.both-worlds", null);
			assertThat(new LabPage(student).passed("L0.both-worlds")).isTrue();

			teacher.until(
					"the dashboard to mark tomasz's task passed",
					d -> teacher.hasClass("#learner-tomasz td[data-task='L0.both-worlds']", "passed"));
			assertThat(((org.openqa.selenium.JavascriptExecutor) teacher.driver)
							.executeScript("return window.notReloaded;"))
					.as("the dashboard updated without a reload")
					.isEqualTo(true);
			teacher.assertAccessible();
		}
	}

	private static void signIn(Browser browser, String username) {
		browser.find("#username").sendKeys(username);
		browser.find("#password").sendKeys(PASSWORD);
		browser.clickAndWaitForNewPage("#sign-in");
	}
}
