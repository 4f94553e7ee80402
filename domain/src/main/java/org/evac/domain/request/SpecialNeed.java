package org.evac.domain.request;

/** People in the household who need special help on the way. */
public enum SpecialNeed {

	ELDERLY, BEDRIDDEN, DISABILITY, MEDICAL, PREGNANCY, PETS

}
