package org.socle.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTest {

	private final JavaClasses socle = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.socle");

	@Test
	void domainCodeKnowsNothingOfTheWeb() {
		noClasses().that()
			.resideInAPackage("org.socle.*.domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "org.springframework.ui..", "jakarta.servlet..",
					"org.socle.*.web..")
			.check(socle);
	}

	@Test
	void controllersLiveInWebPackagesAndArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAnyPackage("org.socle.*.web..", "org.socle.shared.theme..")
			.andShould()
			.notBePublic()
			.check(socle);
	}

	/** Certificates are signed with the JDK alone, so that the tests' Nimbus JOSE verifies them independently. */
	@Test
	void certificatesAreSignedWithoutTheLibraryThatVerifiesThemInTests() {
		noClasses().that()
			.resideInAPackage("org.socle.certification..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.nimbusds..")
			.check(socle);
	}

	@Test
	void entitiesAreNotPartOfAnyModuleApi() {
		classes().that()
			.areAnnotatedWith(jakarta.persistence.Entity.class)
			.should()
			.notBePublic()
			.check(socle);
	}

}
