package org.consentlab.labs;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Hiding a lab from a class closes the features only that lab uses (its front matter's
 * {@code owns}, e.g. L3's million-person scans or L9's tampering) to the class's learners, not just
 * its page: they get "not found", as for the lab itself. Instructors keep them, to try a lab before
 * showing it. The worlds know nothing of this; the labs name what they own.
 */
@Component
class HiddenLabRoutes implements HandlerInterceptor, WebMvcConfigurer {

	private final LabCatalogue catalogue;

	private final LabVisibility visibility;

	private final CurrentAccount current;

	HiddenLabRoutes(LabCatalogue catalogue, LabVisibility visibility, CurrentAccount current) {
		this.catalogue = catalogue;
		this.visibility = visibility;
		this.current = current;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		List<String> owners = catalogue.all().stream()
				.filter(lab -> lab.owns(path))
				.map(Lab::id)
				.toList();
		if (owners.isEmpty()) {
			return true;
		}
		Account me = current.find().orElse(null);
		if (me == null || me.isInstructor() || me.classroomId() == null) {
			return true;
		}
		if (visibility.hidden(me.classroomId()).stream().anyMatch(owners::contains)) {
			throw new NotFoundException("notfound.page", path);
		}
		return true;
	}
}
