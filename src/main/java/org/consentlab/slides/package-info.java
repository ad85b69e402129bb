/**
 * Slide decks for instructors: Markdown files in the top-level {@code slides/} folder, shown one
 * slide at a time, with a presenter view (notes, timer, next slide) and a print stylesheet. Depends
 * on nothing but the web layer's error type, so decks can be written before the labs they lead to.
 */
package org.consentlab.slides;
