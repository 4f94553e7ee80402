package org.evac.reminder;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Reminders go through the outbox like every other message, never to Telegram itself. */
class RemindersKnowNothingOfTelegramTest {

	@Test
	void remindersUseNeitherTelegramNorItsAdapter() {
		noClasses().that()
			.resideInAPackage("org.evac.reminder..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.telegram..", "org.evac.telegram..", "org.evac.delivery..")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("org.evac"));
	}

}
