package org.consentlab.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Gives every template the {@code #times} utility, so pages format times and domain records need not. */
@Component
class TimesDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "times";

	private static final Times TIMES = new Times();

	TimesDialect() {
		super("ConsentLab times");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? TIMES : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}
		};
	}
}
