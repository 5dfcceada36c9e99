package org.socle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Socle: the training platform for health professionals learning to work with digital tools.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class SocleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SocleApplication.class, args);
	}

}
