package org.consentlab.web;

import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Where the pages' own files and the webjars are served from, one handler per folder.
 *
 * <p>Every link a page renders passes through the resource URL provider (to put the webjars'
 * versions in). The provider finds a link's file with an Ant-style matcher, which reads
 * {@code /{folder:css|js|images}/**} as "the part after the first segment", so
 * {@code /css/consentlab.css} was looked for as {@code static/consentlab.css}, missed, and was looked
 * for again on every render: a fifth of a page's CPU. A handler per folder means both matchers agree
 * on which file a link names, and the answer is cached after the first render.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

	static final List<String> FOLDERS = List.of("css", "js", "images");

	static final String WEBJARS = "/webjars/";

	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofHours(1));

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
					.addResourceLocations("classpath:/static/" + folder + "/")
					.setCacheControl(CACHE)
					.resourceChain(true);
		}
		registry.addResourceHandler(WEBJARS + "**")
				.addResourceLocations("classpath:/META-INF/resources/webjars/")
				.setCacheControl(CACHE)
				.resourceChain(true);
	}

	/** Whether {@code path} names a static file: request counters and lanes pass these by. */
	static boolean isStaticFile(String path) {
		return path.startsWith(WEBJARS) || FOLDERS.stream().anyMatch(folder -> path.startsWith("/" + folder + "/"));
	}
}
