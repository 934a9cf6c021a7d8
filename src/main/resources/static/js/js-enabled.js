// Marks the page as able to run the design system's JavaScript (kept external for the CSP).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');
