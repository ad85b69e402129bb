package org.consentlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Locale;
import java.util.Set;
import org.consentlab.support.MainClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/**
 * Text a learner reads follows the language of their request, so translating the app is a change of
 * content (the message bundles), never of code. Two rules on the compiled main classes keep it so.
 */
class LocaleTests {

	private static final String WHY = "text a learner reads must be resolved in the language of their request "
			+ "(a Locale parameter of the handler, or LocaleContextHolder), so that a translation is a change of content "
			+ "only; a check passes message keys, numbers and java.time values and the page resolves them";

	/** The constants of one language or country; Locale.ROOT stays allowed for machine formats (ids, hex, JSON). */
	private static final Set<String> LANGUAGES =
			Set.of("ENGLISH", "US", "UK", "CANADA", "FRENCH", "FRANCE", "GERMAN", "GERMANY", "ITALIAN", "ITALY");

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = MainClasses.all();
	}

	@Test
	void mainCodeWhenCompiledThenNamesNoLanguage() {
		noClasses()
				.should()
				.accessFieldWhere(DescribedPredicate.describe(
						"a Locale constant of one language",
						access -> access.getTarget().getOwner().isEquivalentTo(Locale.class)
								&& LANGUAGES.contains(access.getTarget().getName())))
				.because(WHY)
				.check(classes);
	}

	@Test
	void mainCodeWhenResolvingMessagesThenUsesTheRequestLocale() {
		codeUnits()
				.should(new ArchCondition<JavaCodeUnit>("resolve messages only with the request's locale") {
					@Override
					public void check(JavaCodeUnit unit, ConditionEvents events) {
						boolean resolves =
								unit.getMethodCallsFromSelf().stream().anyMatch(LocaleTests::getsMessage);
						if (!resolves) {
							return;
						}
						for (JavaFieldAccess access : unit.getFieldAccesses()) {
							if (access.getTarget().getOwner().isEquivalentTo(Locale.class)) {
								events.add(SimpleConditionEvent.violated(
										unit,
										unit.getFullName() + " calls MessageSource.getMessage and reads Locale."
												+ access.getTarget().getName() + " " + access.getSourceCodeLocation()));
							}
						}
					}
				})
				.because(WHY)
				.check(classes);
	}

	private static boolean getsMessage(JavaMethodCall call) {
		return call.getTarget().getName().equals("getMessage")
				&& call.getTarget().getOwner().isAssignableTo(MessageSource.class);
	}
}
