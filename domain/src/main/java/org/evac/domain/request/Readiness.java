package org.evac.domain.request;

/** When the household can be ready to leave. */
public enum Readiness {

	NOW, WITHIN_DAY, LATER

}
