/**
 * Classes, join codes, the live dashboard, resets, exports and the class's credentials: the
 * instructor's side. It reaches the issuer only through its public service.
 */
package org.consentlab.classroom;
