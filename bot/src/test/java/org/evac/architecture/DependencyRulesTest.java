package org.evac.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Telegram stays in its adapter: the conversation, delivery and core never see its types.
 */
class DependencyRulesTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.evac");

	@Test
	void theConversationKnowsNothingOfTelegram() {
		noClasses().that()
			.resideInAPackage("org.evac.conversation..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.telegram..")
			.check(this.classes);
	}

	@Test
	void deliveryAndTheCoreKnowNothingOfTelegram() {
		noClasses().that()
			.resideInAnyPackage("org.evac.delivery..", "org.evac.outbox..", "org.evac.request..", "org.evac.places..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.telegram..")
			.check(this.classes);
	}

	@Test
	void theConversationEngineDoesNotTouchTheDatabase() {
		noClasses().that()
			.haveSimpleNameStartingWith("ConversationEngine")
			.or()
			.haveSimpleNameEndingWith("Steps")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.data..", "com.mongodb..")
			.check(this.classes);
	}

}
