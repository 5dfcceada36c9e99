package org.socle.shared.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The last rule: a request that reaches a controller without a module having declared who may
 * use it is denied; a request no controller handles is let through so that the visitor gets an
 * honest "page not found" instead of "access denied".
 */
class UnmappedRoutes implements AuthorizationManager<RequestAuthorizationContext> {

	private final RequestMappingHandlerMapping controllers;

	UnmappedRoutes(RequestMappingHandlerMapping controllers) {
		this.controllers = controllers;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(!handledByAController(context.getRequest()));
	}

	private boolean handledByAController(HttpServletRequest request) {
		try {
			return controllers.getHandler(request) != null;
		}
		catch (Exception ex) {
			// A mapping that cannot even be resolved (e.g. wrong method) is treated as handled: deny.
			return true;
		}
	}

}
