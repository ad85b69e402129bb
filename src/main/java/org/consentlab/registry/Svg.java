package org.consentlab.registry;

import java.util.Locale;

/**
 * A small writer for the Registry's server-drawn charts: SVG text with every value escaped, colours
 * and fonts left to classes in registry.css (the pages' content security policy allows no inline
 * style), and the title and description an accessible image needs.
 */
public final class Svg {

	private final StringBuilder out = new StringBuilder(4096);

	/** Opens an accessible image of {@code width} × {@code height} user units. */
	public Svg(String id, String cssClass, int width, int height, String title, String description) {
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"")
				.append(escape(cssClass))
				.append("\" viewBox=\"0 0 ")
				.append(width)
				.append(' ')
				.append(height)
				.append("\" role=\"img\" aria-labelledby=\"")
				.append(id)
				.append("-title ")
				.append(id)
				.append("-desc\">")
				.append("<title id=\"")
				.append(id)
				.append("-title\">")
				.append(escape(title))
				.append("</title>")
				.append("<desc id=\"")
				.append(id)
				.append("-desc\">")
				.append(escape(description))
				.append("</desc>");
	}

	public Svg open(String element, String cssClass) {
		out.append('<').append(element);
		if (cssClass != null) {
			out.append(" class=\"").append(escape(cssClass)).append('"');
		}
		out.append('>');
		return this;
	}

	public Svg close(String element) {
		out.append("</").append(element).append('>');
		return this;
	}

	public Svg rect(double x, double y, double w, double h, String cssClass) {
		out.append("<rect x=\"")
				.append(n(x))
				.append("\" y=\"")
				.append(n(y))
				.append("\" width=\"")
				.append(n(w))
				.append("\" height=\"")
				.append(n(h))
				.append("\" rx=\"4\" class=\"")
				.append(escape(cssClass))
				.append("\"/>");
		return this;
	}

	public Svg line(double x1, double y1, double x2, double y2, String cssClass) {
		out.append("<line x1=\"")
				.append(n(x1))
				.append("\" y1=\"")
				.append(n(y1))
				.append("\" x2=\"")
				.append(n(x2))
				.append("\" y2=\"")
				.append(n(y2))
				.append("\" class=\"")
				.append(escape(cssClass))
				.append("\"/>");
		return this;
	}

	/** A circle with a tooltip ({@code <title>}), for a mark a reader may point at. */
	public Svg circle(double cx, double cy, double r, String cssClass, String tooltip) {
		out.append("<circle cx=\"")
				.append(n(cx))
				.append("\" cy=\"")
				.append(n(cy))
				.append("\" r=\"")
				.append(n(r))
				.append("\" class=\"")
				.append(escape(cssClass))
				.append("\">");
		if (tooltip != null) {
			out.append("<title>").append(escape(tooltip)).append("</title>");
		}
		out.append("</circle>");
		return this;
	}

	public Svg polyline(double[] xs, double[] ys, String cssClass) {
		out.append("<polyline class=\"").append(escape(cssClass)).append("\" points=\"");
		for (int i = 0; i < xs.length; i++) {
			out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
		}
		out.append("\"/>");
		return this;
	}

	/** Text; {@code anchor} is start, middle or end. */
	public Svg text(double x, double y, String anchor, String cssClass, String text) {
		out.append("<text x=\"")
				.append(n(x))
				.append("\" y=\"")
				.append(n(y))
				.append("\" text-anchor=\"")
				.append(anchor)
				.append('"');
		if (cssClass != null) {
			out.append(" class=\"").append(escape(cssClass)).append('"');
		}
		out.append('>').append(escape(text)).append("</text>");
		return this;
	}

	public String finish() {
		return out.append("</svg>").toString();
	}

	/** A name cut to {@code max} characters with an ellipsis, so labels fit their boxes. */
	public static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	public static String escape(String text) {
		StringBuilder b = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '&' -> b.append("&amp;");
				case '"' -> b.append("&quot;");
				case '\'' -> b.append("&#39;");
				default -> b.append(c);
			}
		}
		return b.toString();
	}

	private static String n(double v) {
		return String.format(Locale.ROOT, "%.1f", v);
	}
}
