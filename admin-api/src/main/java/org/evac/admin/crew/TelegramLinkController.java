package org.evac.admin.crew;

import java.time.Instant;

import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.crew.TelegramLinks;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A volunteer ties their account to their Telegram user: the page asks for a one-time
 * code, the volunteer sends it to the bot in a private chat (the bot audits the link).
 * Unlinking is audited here.
 */
@RestController
@RequestMapping("/api/me/telegram")
class TelegramLinkController {

	private final TelegramLinks links;

	private final AuditLog audit;

	TelegramLinkController(TelegramLinks links, AuditLog audit) {
		this.links = links;
		this.audit = audit;
	}

	@GetMapping
	Linked linked(Authentication authentication) {
		return this.links.of(authentication.getName())
			.map(link -> new Linked(true, link.linkedAt()))
			.orElse(new Linked(false, null));
	}

	/** A new one-time code; any earlier one stops working. */
	@PostMapping("/code")
	@ResponseStatus(HttpStatus.CREATED)
	TelegramLinks.LinkCodeView code(Authentication authentication) {
		return this.links.newCode(authentication.getName());
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unlink(Authentication authentication) {
		if (this.links.unlink(authentication.getName())) {
			this.audit.record(authentication.getName(), null, AuditAction.TELEGRAM_UNLINKED, "Telegram unlinked");
		}
	}

	/**
	 * @param linkedAt when the account was linked; null when it is not
	 */
	record Linked(boolean linked, Instant linkedAt) {
	}

}
