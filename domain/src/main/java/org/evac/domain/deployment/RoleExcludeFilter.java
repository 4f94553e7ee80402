package org.evac.domain.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Leaves out of component scanning every class of a module whose role this instance does
 * not run. A module says its role in {@code META-INF/evac-module.properties}; a class
 * belongs to the module whose jar (or classes folder) it was read from.
 */
class RoleExcludeFilter extends TypeExcludeFilter {

	static final String MARKER = "META-INF/evac-module.properties";

	private final List<String> excludedRoots;

	RoleExcludeFilter(Roles roles, ClassLoader classLoader) {
		this.excludedRoots = moduleRoots(classLoader).stream()
			.filter(module -> !roles.runs(module.role()))
			.map(Module::root)
			.toList();
	}

	private record Module(String root, String role) {
	}

	private static List<Module> moduleRoots(ClassLoader classLoader) {
		try {
			return Collections.list(classLoader.getResources(MARKER)).stream().map(RoleExcludeFilter::module).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot find evac's modules", ex);
		}
	}

	private static Module module(URL marker) {
		Properties properties = new Properties();
		try (InputStream in = marker.openStream()) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + marker, ex);
		}
		String url = marker.toString();
		return new Module(url.substring(0, url.length() - MARKER.length()), properties.getProperty("role"));
	}

	@Override
	public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
		if (this.excludedRoots.isEmpty()) {
			return false;
		}
		String location = reader.getResource().getURL().toString();
		return this.excludedRoots.stream().anyMatch(location::startsWith);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RoleExcludeFilter filter && filter.excludedRoots.equals(this.excludedRoots);
	}

	@Override
	public int hashCode() {
		return this.excludedRoots.hashCode();
	}

}
