/** Spring Security configuration: solo sign-in, form login, throttling, headers and the CSP. */
package org.consentlab.web.security;
