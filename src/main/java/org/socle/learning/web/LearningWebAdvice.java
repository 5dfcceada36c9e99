package org.socle.learning.web;

import org.socle.learning.UnknownModuleException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

@ControllerAdvice(assignableTypes = { ModuleController.class, DashboardController.class, AssessmentController.class,
		TrainingController.class })
class LearningWebAdvice {

	@ExceptionHandler(UnknownModuleException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String unknownModule() {
		return "error/404";
	}

}
