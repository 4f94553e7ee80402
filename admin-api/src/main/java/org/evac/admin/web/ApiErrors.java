package org.evac.admin.web;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.evac.domain.request.ClaimedByOther;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the admin API as {@code application/problem+json}, saying what was wrong
 * and, for a bad body, which field.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {

	@ExceptionHandler(ClaimedByOther.class)
	ProblemDetail claimed(ClaimedByOther ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Claimed by someone else");
		problem.setProperty("claimedBy", ex.holder());
		return problem;
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail duplicate(DuplicateKeyException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "It exists already");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail busy(OptimisticLockingFailureException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Others are changing this request right now; try again");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"'" + ex.getName() + "' has a value that is not allowed");
		problem.setProperty("field", ex.getName());
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult().getFieldErrors();
		String detail = errors.stream()
			.map(e -> "'" + e.getField() + "' " + e.getDefaultMessage())
			.collect(Collectors.joining("; "));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid field");
		if (!errors.isEmpty()) {
			problem.setProperty("field", errors.get(0).getField());
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getCause();
		if (hasCause(ex, BodySizeLimit.BodyTooLarge.class)) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "The body is too large"));
		}
		ProblemDetail problem;
		if (cause instanceof UnrecognizedPropertyException unknown) {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"'" + unknown.getPropertyName() + "' cannot be set here");
			problem.setProperty("field", unknown.getPropertyName());
		}
		else if (cause instanceof InvalidFormatException || cause instanceof MismatchedInputException) {
			String field = path((JsonMappingException) cause);
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, (field == null)
					? "The body is not what this endpoint takes" : "'" + field + "' has a value that is not allowed");
			problem.setProperty("field", field);
		}
		else {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not readable JSON");
		}
		problem.setTitle("Bad request body");
		return ResponseEntity.badRequest().body(problem);
	}

	@Nullable
	private static String path(JsonMappingException ex) {
		String field = ex.getPath()
			.stream()
			.map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
			.collect(Collectors.joining("."));
		return field.isEmpty() ? null : field;
	}

	private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

}
