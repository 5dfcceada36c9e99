package org.socle.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socle.SocleApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(SocleApplication.class);

	@Test
	void modulesRespectTheirDeclaredBoundaries() {
		modules.verify();
	}

	@Test
	void everyModuleOfTheArchitectureExists() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.contains("identity", "organisation", "catalog", "learning", "curriculum", "certification", "tracking",
					"reporting", "privacy", "notification", "shared");
	}

}
