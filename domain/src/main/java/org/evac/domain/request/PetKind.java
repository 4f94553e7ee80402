package org.evac.domain.request;

/** What pets travel with the household. */
public enum PetKind {

	CAT, DOG, OTHER

}
