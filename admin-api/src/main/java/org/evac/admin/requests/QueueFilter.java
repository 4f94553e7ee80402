package org.evac.admin.requests;

import java.util.List;

import org.evac.domain.request.RequestStatus;

/**
 * What a volunteer asks of the queue.
 *
 * @param statuses empty for the open ones
 * @param claimedBy an account, {@code me}, or {@code none} for unclaimed requests; null
 * for all
 * @param q words in the number, settlement or oblast
 */
record QueueFilter(List<RequestStatus> statuses, String oblast, String settlement, String claimedBy, String q, int page,
		int size) {

}
