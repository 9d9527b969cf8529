// Sends the CSRF token with every htmx request, and submits filter forms on change.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});
document.addEventListener('click', function (event) {
    var target = event.target.closest('[data-confirm]');
    if (target && !window.confirm(target.getAttribute('data-confirm'))) {
        event.preventDefault();
    }
});
document.addEventListener('change', function (event) {
    var target = event.target.closest('[data-submit-on-change]');
    if (target && target.form && target.value) {
        target.form.submit();
    }
});
