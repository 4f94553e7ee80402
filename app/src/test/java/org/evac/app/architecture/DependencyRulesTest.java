package org.evac.app.architecture;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules' dependencies point inward (see ARCHITECTURE.md): {@code domain} uses no
 * other module, no web, no Telegram and no database server; {@code outbox} knows nothing
 * of residents' features; only the launcher chooses the embedded database; Telegram stays
 * in the bot's adapter. A module's classes live in packages named after it, so no package
 * is split between two modules.
 */
class DependencyRulesTest {

	/**
	 * Each module's jar (or classes folder) name, and the package its classes live in.
	 */
	private static final Map<String, String> MODULE_PACKAGES = Map.of("domain", "org.evac.domain", "embedded-mongo",
			"org.evac.embeddedmongo", "outbox", "org.evac.outbox", "bot", "org.evac.bot", "admin-api", "org.evac.admin",
			"app", "org.evac.app");

	/**
	 * Production code only: neither tests, test-jars nor the Telegram stand-in. Imported
	 * once for all the rules (JUnit makes an instance per test; an import takes seconds).
	 */
	private static final JavaClasses PRODUCTION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption(location -> !location.contains("-tests.jar") && !location.contains("telegram-fake"))
		.importPackages("org.evac");

	private final JavaClasses classes = PRODUCTION;

	@Test
	void theDomainUsesNoOtherModuleNorWebTelegramOrADatabaseServer() {
		noClasses().that()
			.resideInAPackage("org.evac.domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.evac.outbox..", "org.evac.bot..", "org.evac.admin..", "org.evac.embeddedmongo..",
					"org.evac.app..", "org.telegram..", "org.springframework.web..", "jakarta.servlet..", "org.h2..",
					"de.bwaldvogel..", "io.netty..")
			.check(this.classes);
	}

	@Test
	void theOutboxKnowsNothingOfTheFeaturesThatUseItNorOfTelegram() {
		noClasses().that()
			.resideInAPackage("org.evac.outbox..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.evac.bot..", "org.evac.admin..", "org.evac.embeddedmongo..", "org.evac.app..",
					"org.telegram..")
			.check(this.classes);
	}

	@Test
	void onlyTheLauncherChoosesTheEmbeddedDatabase() {
		noClasses().that()
			.resideOutsideOfPackages("org.evac.embeddedmongo..", "org.evac.app..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.evac.embeddedmongo..", "de.bwaldvogel..")
			.check(this.classes);
	}

	@Test
	void theBotAndTheAdminApiDoNotReachIntoEachOther() {
		noClasses().that()
			.resideInAPackage("org.evac.bot..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.evac.admin..", "org.evac.app..")
			.check(this.classes);
		noClasses().that()
			.resideInAPackage("org.evac.admin..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.evac.bot..", "org.evac.app..", "org.telegram..")
			.check(this.classes);
	}

	@Test
	void telegramStaysInTheBotsAdapter() {
		noClasses().that()
			.resideOutsideOfPackages("org.evac.bot.telegram..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.telegram..")
			.check(this.classes);
	}

	@Test
	void followUpsGoThroughTheOutboxNeverToTelegramOrItsAdapter() {
		noClasses().that()
			.resideInAPackage("org.evac.bot.followup..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.telegram..", "org.evac.bot.telegram..")
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

	@Test
	void everyModuleKeepsItsClassesInPackagesNamedAfterIt() {
		Map<String, Set<String>> misplaced = new TreeMap<>();
		for (JavaClass type : this.classes) {
			String module = moduleOf(type);
			String expected = MODULE_PACKAGES.get(module);
			if (expected != null && !type.getPackageName().startsWith(expected)) {
				misplaced.computeIfAbsent(module, m -> new TreeSet<>()).add(type.getName());
			}
		}
		assertThat(misplaced).isEmpty();
	}

	@Test
	void noPackageIsSplitBetweenModules() {
		Map<String, Set<String>> modulesByPackage = new TreeMap<>();
		for (JavaClass type : this.classes) {
			modulesByPackage.computeIfAbsent(type.getPackageName(), p -> new TreeSet<>()).add(moduleOf(type));
		}
		modulesByPackage.values().removeIf(modules -> modules.size() == 1);
		assertThat(modulesByPackage).isEmpty();
	}

	/** The module a class was read from: its jar's name, or the folder above target/. */
	private static String moduleOf(JavaClass type) {
		URI uri = type.getSource().orElseThrow().getUri();
		String location = uri.toString();
		int target = location.indexOf("/target/");
		if (target >= 0) {
			String module = location.substring(0, target);
			return module.substring(module.lastIndexOf('/') + 1);
		}
		String jar = location.substring(0, location.indexOf(".jar"));
		return jar.substring(jar.lastIndexOf('/') + 1).replaceFirst("^evac-", "").replaceFirst("-[0-9].*$", "");
	}

}
