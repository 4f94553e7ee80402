package org.evac.domain.deployment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Registers the role filter before components are scanned. */
public class RolesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Logger log = LoggerFactory.getLogger(RolesInitializer.class);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Roles roles = Roles.of(context.getEnvironment());
		context.getBeanFactory()
			.registerSingleton("evacRoleExcludeFilter", new RoleExcludeFilter(roles, context.getClassLoader()));
		log.info("Roles of this instance: {}", String.join(", ", roles.enabled().stream().sorted().toList()));
	}

}
