package org.consentlab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.consentlab.support.Browser;
import org.consentlab.support.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/**
 * What a learner hit while walking the labs, each checked where it showed: slides that ran off a
 * projected screen, the projector mode's contrast, code blocks a keyboard could not scroll, raw
 * Markdown in objectives, a lab with no way to start over, round buttons above their labels, a
 * verdict far below its button, and no icon in the browser tab.
 *
 * <p>Every check reads pages of a fresh app, so the class uses the test JVM's shared solo app. The
 * one form it sends besides the inspector's (which stores nothing) starts L8's world over: that
 * only deletes the presentations and transactions a class on the shared app never stores.
 */
class LearnerFixesBrowserTests {

	private static final List<String> DECKS = List.of(
			"1-two-futures", "2-central-registries", "3-selective-disclosure", "4-attacks-and-defences", "5-deciding");

	private static RunningApp app;

	private static Browser browser;

	@BeforeAll
	static void open() {
		Browser.requireChromium();
		app = RunningApp.sharedSolo();
		browser = Browser.open(app);
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (app != null) {
			app.close();
		}
	}

	@Test
	void slidesWhenProjectedAtCommonSizesThenNoneOverflows() {
		List<String> overflowing = new ArrayList<>();
		try {
			for (Dimension size : List.of(new Dimension(1280, 720), new Dimension(1366, 768))) {
				browser.driver.manage().window().setSize(size);
				for (String deck : DECKS) {
					browser.go("/slides/" + deck);
					browser.until("the deck's script to start", d -> browser.hasClass("body", "js"));
					@SuppressWarnings("unchecked")
					List<Object> over = (List<Object>) ((JavascriptExecutor) browser.driver).executeScript("""
									const slides = [...document.querySelectorAll('.track > .slide')];
									const over = [];
									slides.forEach((s, i) => {
									slides.forEach(o => o.classList.toggle('current', o === s));
									if (s.scrollHeight > s.clientHeight + 2) over.push(i + 1);
									});
									return over;""");
					over.forEach(n -> overflowing.add(deck + " slide " + n + " at " + size.width + "×" + size.height));
				}
			}
		} finally {
			browser.driver.manage().window().setSize(new Dimension(1280, 900));
		}
		assertThat(overflowing).as("slides taller than the screen").isEmpty();
	}

	@Test
	void labWhenInProjectorModeThenAccessibleWithFocusableCodeAndRenderedObjectives() {
		browser.go("/labs/L7?demo=on");
		assertThat(browser.hasClass("body", "demo")).isTrue();
		browser.assertAccessible();
		assertThat(browser.all(".objectives li code")).isNotEmpty();
		assertThat(browser.text(".objectives")).doesNotContain("`");
		List<WebElement> code = browser.all("article.steps pre");
		assertThat(code).isNotEmpty();
		assertThat(code).allSatisfy(pre -> {
			assertThat(pre.getAttribute("tabindex")).isEqualTo("0");
			assertThat(pre.getAttribute("aria-label")).isNotBlank();
		});
		browser.go("/labs/L11?demo=off");
		assertThat(browser.all("article.steps pre"))
				.allSatisfy(pre -> assertThat(pre.getAttribute("tabindex")).isEqualTo("0"));
	}

	@Test
	void labWhenResetThenItsWorldIsClearedInSoloMode() {
		for (String lab : List.of("L0", "L3", "L8", "L11")) {
			browser.go("/labs/" + lab);
			assertThat(browser.count("#reset-lab")).as(lab).isEqualTo(1);
		}
		browser.go("/labs/L8");
		browser.clickAndWaitForNewPage("#reset-lab");
		assertThat(browser.text("#reset .feedback")).isNotBlank();
		browser.go("/labs/L4");
		assertThat(browser.text("#reset")).isNotBlank();
	}

	@Test
	void roundButtonWhenShownThenOnTheLineOfItsLabel() {
		browser.go("/inspector/attacks");
		Rectangle radio = browser.find("#source-paste").getRect();
		Rectangle label = browser.find("label[for='source-paste']").getRect();
		int radioMiddle = radio.getY() + radio.getHeight() / 2;
		assertThat(radioMiddle).isBetween(label.getY(), label.getY() + label.getHeight());
		assertThat(label.getX()).isGreaterThan(radio.getX());
	}

	@Test
	void inspectorWhenInspectingThenTheVerdictIsNearTheButton() {
		browser.go("/inspector");
		browser.find("#token").sendKeys("eyJhbGciOiJFUzI1NiJ9.e30.c2ln~");
		browser.clickAndWaitForNewPage("#inspect");
		Rectangle button = browser.find("#inspect").getRect();
		Rectangle verdict = browser.find("#verdict-title").getRect();
		assertThat(verdict.getY() - (button.getY() + button.getHeight()))
				.as("pixels between the button and the verdict")
				.isBetween(0, 300);
	}

	@Test
	void everyPageWhenOpenedThenNamesAnSvgIcon() {
		browser.go("/labs");
		String icon = browser.attribute("link[rel='icon']", "href");
		assertThat(icon).endsWith(".svg");
		browser.go(icon);
		assertThat(browser.driver.getPageSource()).contains("<svg");
	}
}
