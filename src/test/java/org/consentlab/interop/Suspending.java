package org.consentlab.interop;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import kotlin.Result;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlinx.coroutines.BuildersKt;

/**
 * Calls a Kotlin {@code suspend} function of an independent library from Java test code, and
 * waits for it. Kotlin compiles {@code suspend fun f(a): Result<T>} to a method that takes a
 * {@code Continuation} last, returns {@code Object}, and carries a hash in its name ({@code
 * verify-BWLJW6A}) because {@code Result} is an inline class; Java source cannot name such a
 * method, so it is found by name here, and the library's version is pinned in the pom.
 */
final class Suspending {

	private Suspending() {}

	/**
	 * Runs {@code target.name(args…, continuation)} to its end on this thread (kotlinx-coroutines
	 * {@code runBlocking}) and returns the value inside its {@code Result}.
	 *
	 * @throws ResultFailure when the function returned a failed {@code Result} or threw, with its cause
	 */
	static Object call(Object target, String name, Object... args) {
		Method method = Arrays.stream(target.getClass().getMethods())
				.filter((m) -> m.getName().equals(name) && m.getParameterCount() == args.length + 1)
				.filter((m) -> accepts(m, args))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException(
						"no suspend method " + name + " with " + args.length + " arguments on " + target.getClass()));
		Object[] withContinuation = Arrays.copyOf(args, args.length + 1);
		Object outcome;
		try {
			outcome = BuildersKt.runBlocking(EmptyCoroutineContext.INSTANCE, (scope, continuation) -> {
				withContinuation[args.length] = continuation;
				try {
					return method.invoke(target, withContinuation);
				} catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				} catch (InvocationTargetException ex) {
					throw new Thrown(ex.getCause());
				}
			});
		} catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		} catch (Thrown ex) {
			throw new ResultFailure(ex.getCause());
		} catch (Exception ex) {
			// A failed Result that crossed a suspension arrives as the exception itself: Kotlin
			// resumes the caller with Result.Failure, which the caller's side takes for a throw.
			throw new ResultFailure(ex);
		}
		return unwrap(outcome);
	}

	/** A {@code Result} that held a failure: the library said no, and why. */
	static final class ResultFailure extends RuntimeException {

		ResultFailure(Throwable cause) {
			super(String.valueOf(cause), cause);
		}
	}

	/** What the library's method threw before it suspended. */
	private static final class Thrown extends RuntimeException {

		Thrown(Throwable cause) {
			super(cause);
		}
	}

	private static boolean accepts(Method method, Object[] args) {
		Class<?>[] types = method.getParameterTypes();
		for (int i = 0; i < args.length; i++) {
			if (args[i] != null && !types[i].isInstance(args[i])) {
				return false;
			}
		}
		return true;
	}

	/** A suspend function's {@code Result} arrives boxed; a failed one holds a {@code Result.Failure}. */
	private static Object unwrap(Object outcome) {
		Object value = outcome;
		if (value instanceof Result<?> boxed) {
			try {
				value = Result.class.getMethod("unbox-impl").invoke(boxed);
			} catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		if (value instanceof Result.Failure failure) {
			throw new ResultFailure(failure.exception);
		}
		return value;
	}
}
